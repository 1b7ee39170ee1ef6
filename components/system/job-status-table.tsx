import { getFormatter, getTranslations } from "next-intl/server";
import type { SystemStatus } from "@/lib/system/load-system-status";
import { cn } from "@/lib/ui/cn";

type Job = SystemStatus["jobs"][number];

const statusTone: Record<string, string> = {
  succeeded: "text-success",
  failed: "text-destructive",
  interrupted: "text-amber-800 dark:text-amber-300",
  running: "text-foreground",
};

/** Each scheduled job: its schedule, its last run (when, how long, how it went) and its next. */
export async function JobStatusTable({ jobs }: { jobs: Job[] }) {
  const [t, format] = await Promise.all([getTranslations("system.jobs"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-muted-foreground">
          <tr>
            {(["job", "schedule", "lastRun", "outcome", "nextRun"] as const).map((c) => (
              <th key={c} scope="col" className="py-2 pr-3 font-medium">{t(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.job} className="border-t align-top" data-testid="job-status" data-job={j.job}>
              <th scope="row" className="py-2 pr-3 font-medium">{t(`names.${j.job}`)}</th>
              <td className="py-2 pr-3">
                <code className="text-xs">{j.expression}</code>
                <div className="text-xs text-muted-foreground">{j.variable}</div>
              </td>
              <td className="py-2 pr-3 whitespace-nowrap" data-testid="job-last-run">
                {j.last ? (
                  <>
                    <time dateTime={j.last.startedAt.toISOString()}>{when(j.last.startedAt)}</time>
                    <div className="text-xs text-muted-foreground">
                      {t(`runners.${j.last.runner as "embedded"}`)}
                      {j.last.durationMs !== null &&
                        ` · ${j.last.durationMs < 1000 ? `${format.number(j.last.durationMs)} ms` : `${format.number(j.last.durationMs / 1000, { maximumFractionDigits: 1 })} s`}`}
                    </div>
                  </>
                ) : (
                  <span className="text-muted-foreground">{t("never")}</span>
                )}
              </td>
              <td className="py-2 pr-3" data-testid="job-outcome">
                {j.last && (
                  <>
                    <span className={cn("font-medium", statusTone[j.last.status])}>{t(`statuses.${j.last.status}`)}</span>
                    <div className="text-xs text-muted-foreground">{j.last.error ?? describeSummary(t, j.job, j.last.summary)}</div>
                  </>
                )}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{j.nextRunAt ? <time dateTime={j.nextRunAt.toISOString()}>{when(j.nextRunAt)}</time> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"system.jobs">>>;

// The summary is whatever the job returned; only the numbers a self-hoster asks about are shown.
function describeSummary(t: Translate, job: Job["job"], summary: unknown): string | null {
  if (!summary || typeof summary !== "object") return null;
  const s = summary as Record<string, unknown>;
  const n = (key: string) => (typeof s[key] === "number" ? (s[key] as number) : 0);
  if (typeof s.skipped === "string") return s.skipped;
  switch (job) {
    case "crawl":
      return t("summary.crawl", { batches: n("batches"), readings: n("readingsStored"), failed: n("failedReads") });
    case "delivery":
      return t("summary.delivery", { sent: n("sent"), retrying: n("retrying"), failed: n("failed") });
    case "digest":
      return t("summary.digest", { emails: n("emails"), alerts: n("alerts") });
    case "keywordSearch":
      return t("summary.keywordSearch", { categories: n("categories"), newEntrants: n("newEntrants") });
    case "analysis":
      return t("summary.analysis", { groups: n("groups") });
  }
}
