import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReportPanel } from "@/components/reports/report-panel";
import { ReportView } from "@/components/reports/report-view";
import { SuggestionsList } from "@/components/reports/suggestions-list";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { isAppError } from "@/lib/errors/app-error";
import { notFoundUnlessInOtherWorkspace } from "@/lib/links/find-record-workspace";
import { listGroupReports } from "@/lib/reports/list-reports";
import { listSuggestions } from "@/lib/reports/list-suggestions";
import { canEdit } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.page"))("title") };
}

async function load(groupId: string) {
  const ctx = await getPageContext();
  const { db, workspaceId, role } = ctx;
  try {
    const data = await listGroupReports({ db, workspaceId, groupId });
    return { ...data, role, suggestions: await listSuggestions({ db, workspaceId, productIds: data.productIds }) };
  } catch (err) {
    if (isAppError(err) && err.code === "NOT_FOUND") return notFoundUnlessInOtherWorkspace({ ctx, kind: "group", id: groupId, path: `/groups/${encodeURIComponent(groupId)}/report` });
    throw err;
  }
}

export default async function GroupReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { group, reports, suggestions, role } = await load(id);
  const t = await getTranslations("reports.page");
  const format = await getFormatter();
  const editable = canEdit.includes(role);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { group: group.name })} />
      <div className="grid gap-6">
        <ReportPanel groupId={group.id} canGenerate={editable} />
        <Card>
          <CardHeader><CardTitle>{t("suggestions")}</CardTitle></CardHeader>
          <CardContent>
            <SuggestionsList canEdit={editable} suggestions={suggestions.map((s) => ({ ...s, implementedAt: s.implementedAt?.toISOString() ?? null, createdAt: s.createdAt.toISOString() }))} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle>{t("history")}</CardTitle></CardHeader>
          <CardContent>
            {reports.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noReports")}</p>
            ) : (
              <ul className="grid gap-3" data-testid="report-history">
                {reports.map((r, i) => (
                  <li key={r.id} className="rounded-md border p-3 text-sm" data-testid="report-entry" data-status={r.status}>
                    <details open={i === 0 && r.status === "completed"}>
                      <summary className="flex cursor-pointer flex-wrap gap-x-3 gap-y-1">
                        <span className="font-medium">{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
                        <span className={r.status === "failed" ? "text-destructive" : ""}>{t(`status.${r.status}`)}</span>
                        <span className="text-muted-foreground">{t("meta", { provider: r.provider, model: r.model, trigger: t(`trigger.${r.trigger === "daily" ? "daily" : "manual"}`) })}</span>
                        <span className="text-muted-foreground">
                          {t("tokens", { total: r.totalTokens ?? 0, input: r.inputTokens ?? 0, output: r.outputTokens ?? 0 })} · {t("duration", { seconds: format.number(r.durationMs / 1000, { maximumFractionDigits: 1 }) })}
                        </span>
                      </summary>
                      <div className="mt-3">{r.output ? <ReportView report={r.output} /> : <p className="text-destructive">{r.error}</p>}</div>
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
