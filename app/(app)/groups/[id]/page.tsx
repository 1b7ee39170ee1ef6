import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ComparisonMatrix } from "@/components/groups/comparison-matrix";
import { DeleteGroupButton } from "@/components/groups/delete-group-button";
import { FeaturesComparison } from "@/components/groups/features-comparison";
import { FindingsList } from "@/components/groups/findings-list";
import { GroupAlertSettingsForm } from "@/components/groups/group-alert-settings-form";
import { GroupHistoryCharts } from "@/components/groups/group-history-charts";
import { ReportPanel } from "@/components/reports/report-panel";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { getGroup } from "@/lib/groups/list-groups";
import { loadGroupComparison } from "@/lib/comparison/load-group-comparison";
import { notFoundUnlessInOtherWorkspace } from "@/lib/links/find-record-workspace";
import { canEdit } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.page"))("title") };
}

export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getPageContext();
  const groupId = (await params).id;
  const group = await getGroup({ db: ctx.db, workspaceId: ctx.workspaceId, groupId });
  if (!group) return notFoundUnlessInOtherWorkspace({ ctx, kind: "group", id: groupId, path: `/groups/${encodeURIComponent(groupId)}` });
  const [comparison, t] = await Promise.all([loadGroupComparison({ db: ctx.db, workspaceId: ctx.workspaceId, groupId }), getTranslations("groups.page")]);
  const editable = canEdit.includes(ctx.role);
  const members = [comparison.main, ...comparison.competitors].map((m) => ({ productId: m.productId, asin: m.asin, brand: m.brand, role: m.role }));
  return (
    // min-w-0: a wide matrix scrolls inside its card instead of widening the page on a phone.
    <div className="grid gap-6 [&>*]:min-w-0">
      <PageHeader
        title={group.name}
        description={t("intro", { marketplace: group.marketplace, count: comparison.competitors.length })}
        actions={
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="outline" size="sm"><Link href="/groups">{t("back")}</Link></Button>
            {editable && <Button asChild size="sm"><Link href={`/groups/${group.id}/edit`}>{t("edit")}</Link></Button>}
            {editable && <DeleteGroupButton id={group.id} name={group.name} redirectTo="/groups" />}
          </div>
        }
      />
      <FindingsList findings={comparison.findings} />
      <Card>
        <CardHeader>
          <CardTitle>{t("matrixTitle")}</CardTitle>
          <CardDescription>{t("matrixDescription")}</CardDescription>
        </CardHeader>
        <CardContent><ComparisonMatrix comparison={comparison} /></CardContent>
      </Card>
      <FeaturesComparison comparison={comparison} />
      <GroupHistoryCharts groupId={group.id} members={members} />
      {/* The LLM positioning report (reports branch) mounts its ReportPanel here. */}
      <section id="report" aria-labelledby="report-heading">
        <ReportPanel groupId={group.id} canGenerate={canEdit.includes(ctx.role)} />
      </section>
      <Card>
        <CardHeader>
          <CardTitle>{t("alertsTitle")}</CardTitle>
          <CardDescription>{t("alertsDescription")}</CardDescription>
        </CardHeader>
        <CardContent><GroupAlertSettingsForm groupId={group.id} initial={group.alertSettings} disabled={!editable} /></CardContent>
      </Card>
    </div>
  );
}
