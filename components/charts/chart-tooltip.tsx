"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { TooltipContentProps } from "recharts";

export type SeriesFormat = (value: number) => string;

// Exact values and the full date and time of the reading under the pointer. A gap row (no
// reading) says so instead of showing nothing.
export function ChartTooltip({
  active,
  payload,
  label,
  formatValue,
}: Pick<TooltipContentProps<number, string>, "active" | "payload" | "label"> & { formatValue: SeriesFormat }) {
  const format = useFormatter();
  const t = useTranslations("product.charts");
  if (!active || !payload?.length || label === undefined) return null;
  return (
    <div data-testid="chart-tooltip" className="grid gap-1 rounded-md border bg-card px-3 py-2 text-xs text-card-foreground shadow-md">
      <time className="font-medium" dateTime={new Date(Number(label)).toISOString()}>
        {format.dateTime(new Date(Number(label)), { dateStyle: "medium", timeStyle: "short" })}
      </time>
      {payload.map((entry) => (
        <div key={String(entry.dataKey)} className="flex items-center justify-between gap-4">
          <span className="flex items-center gap-1.5">
            <span className="inline-block h-2 w-2 rounded-full" style={{ background: entry.color }} aria-hidden />
            {entry.name}
          </span>
          <span className="font-mono tabular-nums" data-testid="chart-tooltip-value">
            {typeof entry.value === "number" ? formatValue(entry.value) : t("noReading")}
          </span>
        </div>
      ))}
    </div>
  );
}
