"use client";

import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";

// Data freshness per product: when the last good reading was taken, and whether the most
// recent attempt failed (a stale price is shown as stale, never as current).
export function Freshness({
  lastReadingAt,
  lastFailedAt,
  lastFailureReason,
  failureStreak,
  now,
}: {
  lastReadingAt: Date | null;
  lastFailedAt: Date | null;
  lastFailureReason: string | null;
  failureStreak: number;
  now: Date;
}) {
  const t = useTranslations("products");
  const format = useFormatter();
  const failing = failureStreak > 0 && lastFailedAt;
  const reasonKey = lastFailureReason?.split(":")[0] ?? "run_failed";
  return (
    <div className="grid gap-0.5 text-xs" data-testid="freshness">
      {lastReadingAt ? (
        <time dateTime={lastReadingAt.toISOString()} title={format.dateTime(lastReadingAt, { dateStyle: "medium", timeStyle: "short" })}>
          {format.relativeTime(lastReadingAt, now)}
        </time>
      ) : (
        <span className="text-muted-foreground">{t("table.neverRead")}</span>
      )}
      {failing && (
        <span
          className={cn("inline-flex w-fit rounded bg-destructive/10 px-1.5 py-0.5 font-medium text-destructive")}
          title={t("table.failingSince", {
            when: format.relativeTime(lastFailedAt, now),
            reason: t.has(`failureReasons.${reasonKey}`) ? t(`failureReasons.${reasonKey}` as never) : reasonKey,
          })}
        >
          {t("table.failing")}
        </span>
      )}
    </div>
  );
}
