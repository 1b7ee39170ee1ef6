import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { toInAppPath } from "@/lib/links/in-app-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("title") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

// Carried over from the sign-in page, so a newcomer who followed a link lands where it points.
export default async function SignUpPage({ searchParams }: Props) {
  const callbackPath = toInAppPath((await searchParams).callbackUrl);
  return <SignUpForm callbackPath={callbackPath} />;
}
