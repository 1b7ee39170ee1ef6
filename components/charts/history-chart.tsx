"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartTooltip, type SeriesFormat } from "@/components/charts/chart-tooltip";

export type ChartSeries = { key: string; label: string; color: string; dashed?: boolean; step?: boolean; width?: number; under?: boolean };

// Colours that read on both the light and the dark background.
export const chartColors = { primary: "#3b82f6", buyBox: "#f59e0b", list: "#94a3b8", bsr: "#10b981", rating: "#eab308", reviews: "#8b5cf6" };

/**
 * One time-series chart of the product page. Null values break the line (connectNulls is
 * off) so failed reads show as gaps. `marker` is the moment an alert points at.
 */
export function HistoryChart({
  data,
  series,
  domain,
  formatValue,
  formatTick = formatValue,
  marker,
  yAxis,
  height = 220,
  longRange,
  legend = false,
  testId,
}: {
  data: Array<Record<string, number | null>>;
  series: ChartSeries[];
  domain: [number, number];
  formatValue: SeriesFormat;
  formatTick?: SeriesFormat;
  marker?: number | null;
  yAxis?: { reversed?: boolean; log?: boolean; allowDecimals?: boolean; domain?: [number | string, number | string]; ticks?: number[] };
  height?: number;
  longRange: boolean;
  legend?: boolean;
  testId: string;
}) {
  const format = useFormatter();
  const t = useTranslations("product.charts");
  const tickDate = (value: number) =>
    format.dateTime(new Date(value), longRange ? { month: "short", year: "2-digit" } : { month: "short", day: "numeric" });
  return (
    <div data-testid={testId} style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            tickFormatter={tickDate}
            stroke="var(--color-muted-foreground)"
            tick={{ fontSize: 11 }}
            minTickGap={24}
          />
          <YAxis
            width={64}
            stroke="var(--color-muted-foreground)"
            tick={{ fontSize: 11 }}
            tickFormatter={formatTick}
            reversed={yAxis?.reversed}
            scale={yAxis?.log ? "log" : "auto"}
            domain={yAxis?.domain ?? (yAxis?.log ? ["dataMin", "dataMax"] : ["auto", "auto"])}
            allowDecimals={yAxis?.allowDecimals ?? true}
            ticks={yAxis?.ticks}
          />
          {legend && (
            <Legend
              verticalAlign="top"
              align="right"
              iconType="plainline"
              height={28}
              wrapperStyle={{ fontSize: 12 }}
              itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)}
            />
          )}
          <Tooltip
            content={(props) => <ChartTooltip {...props} formatValue={formatValue} />}
            itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)}
            isAnimationActive={false}
          />
          {marker != null && marker >= domain[0] && marker <= domain[1] && (
            <ReferenceLine
              x={marker}
              stroke="#ef4444"
              strokeDasharray="4 2"
              label={{ value: t("marker"), position: "insideTopLeft", fill: "#ef4444", fontSize: 11 }}
            />
          )}
          {/* Lines drawn later sit on top: wide "under" lines first. */}
          {[...series.filter((s) => s.under), ...series.filter((s) => !s.under)].map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              type={s.step ? "stepAfter" : "linear"}
              stroke={s.color}
              strokeWidth={s.width ?? 2}
              strokeOpacity={s.under && !s.dashed ? 0.7 : 1}
              strokeDasharray={s.dashed ? "5 4" : undefined}
              dot={false}
              activeDot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
