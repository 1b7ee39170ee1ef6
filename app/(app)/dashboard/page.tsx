import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/shell/page-header";
import { getPageContext } from "@/lib/auth/page-context";
import { getProfile } from "@/lib/users/profile";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.dashboard"))("title") };
}

export default async function DashboardPage() {
  const ctx = await getPageContext();
  const [t, user] = await Promise.all([getTranslations("pages.dashboard"), getProfile({ db: ctx.db, userId: ctx.userId })]);
  return (
    <>
      <PageHeader title={t("title")} description={t("welcome", { name: user.name })} />
      <ComingSoon text={`${t("intro")} ${t("next")}`} />
    </>
  );
}
