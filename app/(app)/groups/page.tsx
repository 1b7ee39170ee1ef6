import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/shell/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.groups"))("title") };
}

export default async function GroupsPage() {
  const t = await getTranslations("pages.groups");
  return (
    <>
      <PageHeader title={t("title")} />
      <ComingSoon text={t("intro")} />
    </>
  );
}
