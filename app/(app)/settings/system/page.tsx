import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JobStatusTable } from "@/components/system/job-status-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { loadSystemStatus } from "@/lib/system/load-system-status";
import { canManageWorkspace } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("system"))("title") };
}

export default async function SystemPage() {
  const ctx = await getPageContext();
  const t = await getTranslations("system");
  if (!canManageWorkspace.includes(ctx.role)) {
    return <p className="rounded-lg border border-dashed p-6 text-sm text-muted-foreground">{t("adminsOnly")}</p>;
  }
  const status = await loadSystemStatus();
  const line = (label: string, text: string, testId: string) => (
    <Card data-testid={testId}>
      <CardHeader>
        <CardTitle as="h3" className="text-base">{label}</CardTitle>
        <CardDescription className="break-words">{text}</CardDescription>
      </CardHeader>
    </Card>
  );
  return (
    <div className="grid gap-6">
      <p className="text-sm text-muted-foreground">{t("description")}</p>
      <Card data-testid="scheduler">
        <CardHeader>
          <CardTitle as="h3" className="text-base">
            {t("scheduler.title")}: <span data-testid="scheduler-name">{t(`scheduler.${status.scheduler}Name`)}</span>
          </CardTitle>
          <CardDescription>{t(`scheduler.${status.scheduler}`)}</CardDescription>
        </CardHeader>
        <CardContent>
          <JobStatusTable jobs={status.jobs} />
        </CardContent>
      </Card>
      {line(
        t("source.title"),
        status.source.kind === "apify" ? t("source.apify", { actorId: status.source.actorId, server: status.source.server, batchSize: status.source.batchSize }) : t("source.demo"),
        "system-source",
      )}
      {line(
        t("smtp.title"),
        status.smtp.state === "on" ? t("smtp.on", { server: status.smtp.server }) : status.smtp.state === "off" ? t("smtp.off") : t("smtp.invalid", { problems: status.smtp.problems.join("; ") }),
        "system-smtp",
      )}
      {line(
        t("llm.title"),
        status.llm.state === "on" ? t("llm.on", { provider: status.llm.provider, model: status.llm.model }) : t("llm.off"),
        "system-llm",
      )}
      {line(
        t("database.title"),
        `${t(`database.${status.database.kind}`, { location: status.database.location })} ${t("database.migrations", {
          applied: status.database.appliedMigrations,
          known: status.database.knownMigrations,
          latest: status.database.latestMigration ?? "—",
        })}`,
        "system-database",
      )}
    </div>
  );
}
