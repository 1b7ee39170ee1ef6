import { useTranslations } from "next-intl";
import type { PartialReport } from "@/lib/reports/call-report-model";

// Renders a report, complete or still arriving: sections appear as soon as they have content.
export function ReportView({ report }: { report: PartialReport }) {
  const t = useTranslations("reports.view");
  const lists = (["strengths", "weaknesses", "opportunities", "threats"] as const).filter((k) => (report[k]?.length ?? 0) > 0);
  return (
    <div className="grid gap-4 text-sm">
      {report.summary && (
        <section data-section="summary">
          <h3 className="font-semibold">{t("summary")}</h3>
          <p className="mt-1 whitespace-pre-line">{report.summary}</p>
        </section>
      )}
      {report.marketPosition && (
        <section data-section="marketPosition">
          <h3 className="font-semibold">{t("marketPosition")}</h3>
          <p className="mt-1 whitespace-pre-line">{report.marketPosition}</p>
        </section>
      )}
      {lists.length > 0 && (
        <div className="grid gap-4 sm:grid-cols-2">
          {lists.map((k) => (
            <section key={k} data-section={k}>
              <h3 className="font-semibold">{t(k)}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {report[k]!.filter(Boolean).map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {(report.recommendations?.length ?? 0) > 0 && (
        <section data-section="recommendations">
          <h3 className="font-semibold">{t("recommendations")}</h3>
          <ol className="mt-2 grid gap-3">
            {report.recommendations!.map((r, i) => (
              <li key={i} className="rounded-md border p-3">
                <div className="flex flex-wrap items-baseline gap-2">
                  {r.priority !== undefined && <span className="rounded bg-secondary px-1.5 text-xs">{t("priority", { priority: r.priority })}</span>}
                  {r.type && <span className="text-xs uppercase text-muted-foreground">{r.type}</span>}
                  <span className="font-medium">{r.title}</span>
                </div>
                {r.detail && <p className="mt-1">{r.detail}</p>}
                {(r.expectedImpact || r.difficulty) && (
                  <p className="mt-1 text-xs text-muted-foreground">
                    {r.expectedImpact && t("impact", { impact: r.expectedImpact })} {r.difficulty && t("difficulty", { difficulty: r.difficulty })}
                  </p>
                )}
                {(r.dataPoints?.length ?? 0) > 0 && <p className="mt-1 text-xs text-muted-foreground">{t("dataPoints", { points: r.dataPoints!.join(" · ") })}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
