"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { groupHistoryRanges, type GroupHistoryRange } from "@/lib/comparison/group-history-ranges";
import type { GroupHistory } from "@/lib/comparison/load-group-history";

type Member = { productId: string; asin: string; brand: string | null; role: "main" | "competitor" };
const palette = ["var(--color-primary)", "#e4572e", "#17bebb", "#ffc914", "#76b041", "#a259ff"];

/** One row per timestamp with a column per member, as Recharts draws overlaid lines. */
function toRows(history: GroupHistory, metric: "price" | "bsr") {
  const rows = new Map<number, Record<string, number>>();
  for (const m of history.members) for (const p of m[metric]) rows.set(p.t, { ...(rows.get(p.t) ?? { t: p.t }), [m.productId]: p.v });
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

export function GroupHistoryCharts({ groupId, members }: { groupId: string; members: Member[] }) {
  const t = useTranslations("groups.charts");
  const format = useFormatter();
  const [range, setRange] = useState<GroupHistoryRange>("30d");
  const history = useQuery({
    queryKey: ["group-history", groupId, range],
    queryFn: async (): Promise<GroupHistory> => {
      const res = await fetch(`/api/groups/${groupId}/history?range=${range}`);
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    },
  });
  const empty = history.data?.members.every((m) => m.price.length === 0 && m.bsr.length === 0);
  const date = (v: number) => format.dateTime(new Date(v), { month: "short", day: "numeric" });
  const label = (m: Member) => `${m.asin}${m.role === "main" ? ` (${t("main")})` : ""}`;

  const chart = (metric: "price" | "bsr", title: string) => (
    <figure className="grid gap-2" data-testid={`chart-${metric}`}>
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <div className="h-72 w-full">
        <ResponsiveContainer>
          <LineChart data={toRows(history.data!, metric)} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" className="stroke-border" />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={date} fontSize={12} stroke="currentColor" />
            <YAxis
              reversed={metric === "bsr"}
              fontSize={12}
              width={64}
              stroke="currentColor"
              domain={["auto", "auto"]}
              tickFormatter={(v: number) => (metric === "bsr" ? `#${format.number(v, { notation: "compact" })}` : format.number(v))}
            />
            <Tooltip
              labelFormatter={(v) => format.dateTime(new Date(Number(v)), { dateStyle: "medium", timeStyle: "short" })}
              contentStyle={{ background: "var(--color-popover)", color: "var(--color-popover-foreground)", borderColor: "var(--color-border)" }}
            />
            <Legend />
            {members.map((m, i) => (
              <Line key={m.productId} dataKey={m.productId} name={label(m)} stroke={palette[i % palette.length]} strokeWidth={m.role === "main" ? 3 : 1.5}
                dot={(history.data!.members.find((h) => h.productId === m.productId)?.[metric].length ?? 0) <= 2 ? { r: 3 } : false} connectNulls isAnimationActive={false} type="monotone" />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );

  return (
    <Card data-testid="history-charts">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3 space-y-0">
        <div className="grid gap-1.5">
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        <fieldset aria-label={t("range")} className="flex gap-1">
          {groupHistoryRanges.map((r) => (
            <Button key={r} type="button" size="sm" variant={r === range ? "default" : "outline"} aria-pressed={r === range} onClick={() => setRange(r)}>
              {t(`ranges.${r}`)}
            </Button>
          ))}
        </fieldset>
      </CardHeader>
      <CardContent className="grid gap-6">
        {history.isPending && <div role="status" className="h-72 animate-pulse rounded-md bg-muted" aria-busy="true" aria-label={t("loading")} />}
        {history.isError && (
          <div role="alert" className="flex items-center gap-3 text-sm text-destructive">
            {t("error")}
            <Button type="button" size="sm" variant="outline" onClick={() => history.refetch()}>{t("retry")}</Button>
          </div>
        )}
        {empty && <p className="text-sm text-muted-foreground">{t("empty")}</p>}
        {history.data && !empty && (
          <>
            {chart("price", t("priceTitle", { currency: history.data.currency ?? "" }))}
            {chart("bsr", t("bsrTitle"))}
          </>
        )}
      </CardContent>
    </Card>
  );
}
