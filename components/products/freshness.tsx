"use client";

import { Loader2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { FailedReadReason } from "@/lib/generated/prisma/enums";

// Data freshness per product: when the last good reading was taken, whether that is stale
// (older than twice the crawl interval) and whether the most recent attempt failed, and why
// ("Blocked", "Not found" …, with when). A stale price is shown as stale, never as current;
// a product never read yet is shown as being read, since adding it starts its first crawl.
export function Freshness({
  lastReadingAt,
  lastFailedAt,
  lastFailureKind,
  lastFailureReason,
  failureStreak,
  paused,
  stale,
  now,
}: {
  lastReadingAt: string | null;
  lastFailedAt: string | null;
  lastFailureKind: FailedReadReason | null;
  lastFailureReason: string | null;
  failureStreak: number;
  paused: boolean;
  stale: boolean;
  now: string;
}) {
  const t = useTranslations("products");
  const tList = useTranslations("dashboard.list");
  const format = useFormatter();
  const nowDate = new Date(now);
  const readAt = lastReadingAt ? new Date(lastReadingAt) : null;
  const failedAt = failureStreak > 0 && lastFailedAt ? new Date(lastFailedAt) : null;
  const kind = lastFailureKind ?? "run_failed";
  return (
    <div className="grid gap-0.5 whitespace-nowrap text-xs" data-testid="freshness">
      {readAt ? (
        <time dateTime={readAt.toISOString()} title={format.dateTime(readAt, { dateStyle: "medium", timeStyle: "short" })} className={stale ? "text-amber-700 dark:text-amber-300" : undefined}>
          {format.relativeTime(readAt, nowDate)}
        </time>
      ) : failedAt || paused ? (
        <span className="text-muted-foreground">{t("table.neverRead")}</span>
      ) : (
        <span className="inline-flex items-center gap-1 text-muted-foreground" data-testid="reading">
          <Loader2 className="h-3 w-3 animate-spin" aria-hidden />
          {t("table.reading")}
        </span>
      )}
      {stale && (
        <span className="inline-flex w-fit rounded bg-amber-500/15 px-1.5 py-0.5 font-medium text-amber-800 dark:text-amber-300" title={tList("staleHint")}>
          {tList("stale")}
        </span>
      )}
      {failedAt && (
        <span
          className="inline-flex w-fit gap-1 rounded bg-destructive/10 px-1.5 py-0.5 font-medium text-destructive"
          data-testid="failed-read"
          data-kind={kind}
          title={t("table.failingSince", {
            when: format.dateTime(failedAt, { dateStyle: "medium", timeStyle: "short" }),
            reason: lastFailureReason ? `${t(`failureReasons.${kind}`)} (${lastFailureReason})` : t(`failureReasons.${kind}`),
          })}
        >
          {t(`table.failureLabels.${kind}`)}
          <time dateTime={failedAt.toISOString()} className="font-normal">
            · {format.relativeTime(failedAt, nowDate)}
          </time>
        </span>
      )}
    </div>
  );
}
