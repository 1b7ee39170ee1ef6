"use client";

import { ArrowDown, ArrowUp, Equal } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { Change } from "@/lib/products/change-badge";
import { cn } from "@/lib/ui/cn";

// Price badges are neutral (slate) with the arrow following the number. BSR badges speak
// in better/worse: green with an upward arrow when the rank improved (the number fell), red
// with a downward arrow when it slipped. The full sentence is the accessible name.
export function ChangeBadge({ change, metric, period, currency }: { change: Change | null; metric: "price" | "bsr"; period: "d1" | "d7"; currency: string | null }) {
  const t = useTranslations("dashboard.change");
  const format = useFormatter();
  const periodText = t(period === "d1" ? "vsD1" : "vsD7");
  if (!change) {
    return (
      <span className="inline-flex items-center gap-0.5 rounded px-1 text-[11px] text-muted-foreground" title={t("none", { period: periodText })} data-testid={`${metric}-change-${period}`} data-verdict="none">
        {t(period)} –
      </span>
    );
  }
  const pct = Math.abs(change.relative) < 0.001 && change.direction !== "flat" ? "<0.1%" : format.number(Math.abs(change.relative), { style: "percent", maximumFractionDigits: 1 });
  const value = (v: number) => (metric === "price" && currency ? format.number(v, { style: "currency", currency }) : format.number(v));
  const values = { pct, period: periodText, from: value(change.from), to: value(change.to) };
  const key =
    metric === "price"
      ? change.direction === "up" ? "priceUp" : change.direction === "down" ? "priceDown" : "priceFlat"
      : change.verdict === "better" ? "bsrBetter" : change.verdict === "worse" ? "bsrWorse" : "bsrFlat";
  const sentence = t(key, values);
  const Icon =
    change.direction === "flat" ? Equal : metric === "bsr" ? (change.verdict === "better" ? ArrowUp : ArrowDown) : change.direction === "up" ? ArrowUp : ArrowDown;
  return (
    <span
      role="img"
      aria-label={sentence}
      title={sentence}
      data-testid={`${metric}-change-${period}`}
      data-verdict={change.verdict}
      className={cn(
        "inline-flex items-center gap-0.5 whitespace-nowrap rounded px-1 text-[11px] font-medium tabular-nums",
        change.verdict === "better" && "bg-emerald-500/15 text-emerald-700 dark:text-emerald-300",
        change.verdict === "worse" && "bg-red-500/15 text-red-700 dark:text-red-300",
        change.verdict === "neutral" && "bg-muted text-muted-foreground",
      )}
    >
      <span className="font-normal opacity-70">{t(period)}</span>
      <Icon className="h-3 w-3" aria-hidden />
      {change.direction !== "flat" && pct}
    </span>
  );
}
