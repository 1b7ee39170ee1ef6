import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { getPageContext } from "@/lib/auth/page-context";
import { listCrawlRuns } from "@/lib/crawl/list-crawl-runs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("products.runs"))("title") };
}

export default async function CrawlRunsPage() {
  const ctx = await getPageContext();
  const [runs, t, format] = await Promise.all([
    listCrawlRuns({ db: ctx.db, workspaceId: ctx.workspaceId }),
    getTranslations("products.runs"),
    getFormatter(),
  ]);
  const tTable = await getTranslations("products.table");
  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      {runs.length === 0 ? (
        <p className="rounded-lg border border-dashed p-8 text-center text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border">
          <table className="w-full text-sm">
            <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
              <tr>
                {["started", "trigger", "source", "marketplace", "status", "asked", "stored", "failures", "cost", "duration", "sourceRuns"].map((c) => (
                  <th key={c} className="p-2">{t(c as never)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} className="border-t align-top" data-testid="crawl-run">
                  <td className="p-2 whitespace-nowrap">{format.dateTime(r.startedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="p-2" data-testid="run-trigger">{t(`triggers.${r.trigger}`)}</td>
                  <td className="p-2">{t(`sources.${r.source}`)}</td>
                  <td className="p-2">{r.marketplace}</td>
                  <td className="p-2" data-testid="run-status">{t(`statuses.${r.status}`)}</td>
                  <td className="p-2 tabular-nums">
                    <details data-testid="run-asins">
                      <summary className="cursor-pointer">{r.asinsAsked.length}</summary>
                      <p className="mt-1 max-w-64 break-words font-mono text-xs text-muted-foreground">{r.asinsAsked.join(" ")}</p>
                    </details>
                  </td>
                  <td className="p-2 tabular-nums">{r.readingsStored}</td>
                  <td className="p-2">
                    {r.failures.length === 0 && !r.error ? "0" : (
                      <details data-testid="run-failures">
                        <summary className="cursor-pointer">{r.failures.length}</summary>
                        <ul className="mt-1 text-xs text-muted-foreground">
                          {r.error && <li>{r.error}</li>}
                          {r.failures.map((f) => (
                            <li key={f.asin}>
                              <span className="font-mono">{f.asin}</span>: <span data-testid="failure-kind">{tTable(`failureLabels.${f.reason}`)}</span> — {f.detail}
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                  <td className="p-2 tabular-nums">{r.costUsd === null ? "—" : format.number(r.costUsd, { style: "currency", currency: "USD", maximumFractionDigits: 4 })}</td>
                  <td className="p-2 tabular-nums">{r.finishedAt ? `${((r.finishedAt.getTime() - r.startedAt.getTime()) / 1000).toFixed(1)} s` : "…"}</td>
                  <td className="p-2 font-mono text-xs">{r.sourceRunIds.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
