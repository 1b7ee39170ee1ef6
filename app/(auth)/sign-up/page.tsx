import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { toInAppPath } from "@/lib/links/in-app-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("title") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; email?: string | string[] }> };

// Carried over from the sign-in page, so a newcomer who followed a link lands where it points.
export default async function SignUpPage({ searchParams }: Props) {
  const query = await searchParams;
  const callbackPath = toInAppPath(query.callbackUrl);
  // An invitation link pre-fills its address; anything that is not one address is ignored.
  const email = z.email().max(254).safeParse(query.email).data;
  return <SignUpForm callbackPath={callbackPath} defaultEmail={email} />;
}
