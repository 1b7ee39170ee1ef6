import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GroupBuilder } from "@/components/groups/group-builder";
import { PageHeader } from "@/components/shell/page-header";
import { getPageContext } from "@/lib/auth/page-context";
import { getGroup } from "@/lib/groups/list-groups";
import { notFoundUnlessInOtherWorkspace } from "@/lib/links/find-record-workspace";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.builder"))("editTitle") };
}

export default async function EditGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getPageContext();
  const groupId = (await params).id;
  const group = await getGroup({ db: ctx.db, workspaceId: ctx.workspaceId, groupId });
  if (!group) return notFoundUnlessInOtherWorkspace({ ctx, kind: "group", id: groupId, path: `/groups/${encodeURIComponent(groupId)}/edit` });
  const t = await getTranslations("groups.builder");
  return (
    <>
      <PageHeader title={t("editTitle")} description={t("intro")} />
      <GroupBuilder initial={{ id: group.id, name: group.name, main: group.mainProduct, competitors: group.members.map((m) => m.product) }} />
    </>
  );
}
