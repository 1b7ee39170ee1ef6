import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { accountEmailAvailable } from "@/lib/users/send-account-email";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.forgot"))("title") };
}

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm emailAvailable={accountEmailAvailable()} />;
}
