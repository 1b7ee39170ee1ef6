import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { toInAppPath } from "@/lib/links/in-app-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

// ?callbackUrl= is where a signed-out visitor was going (a /w link, say). Only an in-app path
// is kept: anything else would make this page an open redirect.
export default async function SignInPage({ searchParams }: Props) {
  const callbackPath = toInAppPath((await searchParams).callbackUrl);
  return <SignInForm callbackPath={callbackPath} />;
}
