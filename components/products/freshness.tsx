"use client";

import { useFormatter, useTranslations } from "next-intl";

// Data freshness per product: when the last good reading was taken, whether that is stale
// (older than twice the crawl interval) and whether the most recent attempt failed. A stale
// price is shown as stale, never as current.
export function Freshness({
  lastReadingAt,
  lastFailedAt,
  lastFailureReason,
  failureStreak,
  stale,
  now,
}: {
  lastReadingAt: string | null;
  lastFailedAt: string | null;
  lastFailureReason: string | null;
  failureStreak: number;
  stale: boolean;
  now: string;
}) {
  const t = useTranslations("products");
  const tList = useTranslations("dashboard.list");
  const format = useFormatter();
  const nowDate = new Date(now);
  const readAt = lastReadingAt ? new Date(lastReadingAt) : null;
  const failedAt = failureStreak > 0 && lastFailedAt ? new Date(lastFailedAt) : null;
  const reasonKey = lastFailureReason?.split(":")[0] ?? "run_failed";
  return (
    <div className="grid gap-0.5 whitespace-nowrap text-xs" data-testid="freshness">
      {readAt ? (
        <time dateTime={readAt.toISOString()} title={format.dateTime(readAt, { dateStyle: "medium", timeStyle: "short" })} className={stale ? "text-amber-700 dark:text-amber-300" : undefined}>
          {format.relativeTime(readAt, nowDate)}
        </time>
      ) : (
        <span className="text-muted-foreground">{t("table.neverRead")}</span>
      )}
      {stale && (
        <span className="inline-flex w-fit rounded bg-amber-500/15 px-1.5 py-0.5 font-medium text-amber-800 dark:text-amber-300" title={tList("staleHint")}>
          {tList("stale")}
        </span>
      )}
      {failedAt && (
        <span
          className="inline-flex w-fit rounded bg-destructive/10 px-1.5 py-0.5 font-medium text-destructive"
          title={t("table.failingSince", {
            when: format.relativeTime(failedAt, nowDate),
            reason: t.has(`failureReasons.${reasonKey}`) ? t(`failureReasons.${reasonKey}` as never) : reasonKey,
          })}
        >
          {t("table.failing")}
        </span>
      )}
    </div>
  );
}
