import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GroupBuilder } from "@/components/groups/group-builder";
import { PageHeader } from "@/components/shell/page-header";
import { getPageContext } from "@/lib/auth/page-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.builder"))("newTitle") };
}

export default async function NewGroupPage() {
  await getPageContext();
  const t = await getTranslations("groups.builder");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("intro")} />
      <GroupBuilder initial={{ name: "", main: null, competitors: [] }} />
    </>
  );
}
