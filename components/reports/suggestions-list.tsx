"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { updateSuggestionStatus } from "@/lib/actions/reports";
import { Button } from "@/components/ui/button";
import type { Metrics, SuggestionView } from "@/lib/reports/list-suggestions";

type Row = Omit<SuggestionView, "implementedAt" | "createdAt"> & { implementedAt: string | null; createdAt: string };
const metricKeys = ["price", "bsr", "rating", "reviewCount"] as const;

// Suggestions for some products, with status buttons and, once implemented, what moved since.
export function SuggestionsList({ suggestions, canEdit = true }: { suggestions: Row[]; canEdit?: boolean }) {
  const t = useTranslations("reports.suggestions");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  function set(id: string, status: Row["status"]) {
    setError(undefined);
    startTransition(async () => {
      const res = await updateSuggestionStatus({ id, status });
      if (res.ok) router.refresh();
      else setError(res.error.message);
    });
  }

  if (suggestions.length === 0) return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
  const show = (m: Metrics, k: (typeof metricKeys)[number]) => (m[k] === null ? "—" : format.number(m[k]!));
  return (
    <div className="grid gap-3">
      {error && <p role="alert" className="text-sm text-destructive">{error}</p>}
      <ul className="grid gap-3">
        {suggestions.map((s) => (
          <li key={s.id} className="rounded-md border p-3 text-sm" data-testid="suggestion" data-status={s.status}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <div className="flex flex-wrap items-baseline gap-2">
                <span className="rounded bg-secondary px-1.5 text-xs">{t("priority", { priority: s.priority })}</span>
                <span className="text-xs uppercase text-muted-foreground">{s.type}</span>
                <span className="font-medium">{s.title}</span>
                <span className="text-xs text-muted-foreground">{s.asin}</span>
              </div>
              <span className="text-xs">{t(`status.${s.status}`)}</span>
            </div>
            <p className="mt-1">{s.detail}</p>
            {s.status === "implemented" && s.implementedAt && (
              <p className="mt-1 text-xs text-muted-foreground">{t("implementedOn", { date: format.dateTime(new Date(s.implementedAt), { dateStyle: "medium" }) })}</p>
            )}
            {s.movement && (
              <table className="mt-2 text-xs" aria-label={t("movedSince")}>
                <thead>
                  <tr className="text-muted-foreground">
                    <th className="pr-4 text-left font-normal">{t("movedSince")}</th>
                    {metricKeys.map((k) => <th key={k} className="pr-4 text-right font-normal">{t(`metrics.${k}`)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {(["before", "now"] as const).map((when) => (
                    <tr key={when}>
                      <td className="pr-4">{t(when === "before" ? "then" : "now")}</td>
                      {metricKeys.map((k) => <td key={k} className="pr-4 text-right tabular-nums">{show(s.movement![when], k)}</td>)}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {canEdit && (
              <div className="mt-2 flex flex-wrap gap-2">
                {s.status !== "implemented" && <Button size="sm" variant="outline" disabled={pending} onClick={() => set(s.id, "implemented")}>{t("markImplemented")}</Button>}
                {s.status !== "dismissed" && <Button size="sm" variant="ghost" disabled={pending} onClick={() => set(s.id, "dismissed")}>{t("dismiss")}</Button>}
                {s.status !== "pending" && <Button size="sm" variant="ghost" disabled={pending} onClick={() => set(s.id, "pending")}>{t("reopen")}</Button>}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
