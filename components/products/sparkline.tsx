"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Line, LineChart, YAxis } from "recharts";

/**
 * A 30-day trend line. BSR is drawn on an inverted axis, so for both metrics "up" on the
 * chart is "up in the ranking" for BSR and "more expensive" for price. Days without a
 * reading are gaps, not interpolated. The chart is decorative; the label carries the values.
 */
export function Sparkline({ values, metric, currency }: { values: Array<number | null>; metric: "price" | "bsr"; currency: string | null }) {
  const t = useTranslations("dashboard.spark");
  const format = useFormatter();
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) {
    return <span className="block h-7 w-24 text-xs text-muted-foreground" title={t("none")}>—</span>;
  }
  const fmt = (v: number) =>
    metric === "price" && currency ? format.number(v, { style: "currency", currency }) : format.number(v);
  const label = t(metric, {
    first: fmt(present[0]!),
    last: fmt(present.at(-1)!),
    min: fmt(Math.min(...present)),
    max: fmt(Math.max(...present)),
  });
  const data = values.map((v, i) => ({ i, v }));
  return (
    <div role="img" aria-label={label} title={label} className={metric === "price" ? "text-sky-600 dark:text-sky-400" : "text-violet-600 dark:text-violet-400"}>
      <LineChart width={96} height={28} data={data} margin={{ top: 2, right: 2, bottom: 2, left: 2 }} accessibilityLayer={false}>
        <YAxis hide domain={["dataMin", "dataMax"]} reversed={metric === "bsr"} scale={metric === "bsr" ? "log" : "auto"} />
        <Line type="monotone" dataKey="v" stroke="currentColor" strokeWidth={1.5} dot={false} isAnimationActive={false} connectNulls={false} />
      </LineChart>
    </div>
  );
}
