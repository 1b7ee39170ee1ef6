"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Download, Loader2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { productHistoryApiHref, productHistoryCsvHref } from "@/lib/export/links";
import type { ProductHistory } from "@/lib/history/get-product-history";
import { historyRanges, type HistoryRange } from "@/lib/history/ranges";
import { cn } from "@/lib/ui/cn";
import { chartColors, HistoryChart } from "@/components/charts/history-chart";

async function fetchHistory(productId: string, range: HistoryRange): Promise<ProductHistory> {
  const res = await fetch(productHistoryApiHref(productId, range), { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`history ${res.status}`);
  return res.json();
}

// The product page's charts. The first range arrives rendered with the page; switching
// ranges fetches through TanStack Query and keeps the previous charts until the new ones land.
export function ProductCharts({
  productId,
  initialRange,
  initial,
  marker,
}: {
  productId: string;
  initialRange: HistoryRange;
  initial: ProductHistory;
  marker: number | null;
}) {
  const t = useTranslations("product.charts");
  const tp = useTranslations("product");
  const format = useFormatter();
  const [range, setRange] = useState(initialRange);
  const [logBsr, setLogBsr] = useState(false);
  const query = useQuery({
    queryKey: ["product-history", productId, range],
    queryFn: () => fetchHistory(productId, range),
    initialData: range === initialRange ? initial : undefined,
    placeholderData: keepPreviousData,
  });

  const choose = (next: HistoryRange) => {
    setRange(next);
    const url = new URL(window.location.href);
    url.searchParams.set("range", next);
    window.history.replaceState(window.history.state, "", url);
  };

  const data = query.data;
  const currency = data?.currency ?? null;
  const money = (v: number) => (currency ? format.number(v, { style: "currency", currency }) : format.number(v));
  const moneyTick = (v: number) => (currency ? format.number(v, { style: "currency", currency, notation: "compact" }) : format.number(v, { notation: "compact" }));
  const integer = (v: number) => format.number(v, { maximumFractionDigits: 0 });
  const rank = (v: number) => `#${integer(v)}`;
  const compact = (v: number) => format.number(v, { notation: "compact", maximumFractionDigits: 1 });
  const compactRank = (v: number) => `#${compact(v)}`;
  const domain: [number, number] | null = data?.from ? [Date.parse(data.from), Date.parse(data.to)] : null;
  const longRange = range === "1y" || range === "all";
  const common = { domain: domain ?? [0, 1], marker, longRange } as const;

  return (
    <section className="grid gap-4" aria-labelledby="history-title">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="history-title" className="text-lg font-semibold">{t("title")}</h2>
        <fieldset aria-label={t("rangeLabel")} className="inline-flex rounded-md border p-0.5">
          {historyRanges.map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={r === range}
              onClick={() => choose(r)}
              className={cn(
                "rounded px-3 py-1 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                r === range ? "bg-primary text-primary-foreground" : "text-muted-foreground hover:bg-accent",
              )}
            >
              {t(`ranges.${r}`)}
            </button>
          ))}
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground" aria-live="polite">
        <span className="flex items-center gap-2">
          {query.isFetching && <Loader2 className="h-4 w-4 animate-spin" aria-label={t("loading")} />}
          {data && !query.isPlaceholderData && <span data-testid="reading-count" data-count={data.readings}>{t("readings", { count: data.readings })}</span>}
        </span>
        <Button asChild variant="outline" size="sm">
          <a href={productHistoryCsvHref(productId, range)} download data-testid="download-history-csv">
            <Download className="h-4 w-4" aria-hidden />
            {tp("downloadCsv")}
          </a>
        </Button>
      </div>

      {query.isError && !data && (
        <div role="alert" className="flex items-center gap-3 rounded-md bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {t("error")}
          <Button size="sm" variant="outline" onClick={() => query.refetch()}>{t("retry")}</Button>
        </div>
      )}
      {!data && query.isPending && <p className="text-sm text-muted-foreground">{t("loading")}</p>}
      {data && data.readings === 0 && (
        <p className="rounded-lg border border-dashed p-8 text-center text-sm text-muted-foreground" data-testid="history-empty">{t("empty")}</p>
      )}
      {data && data.readings > 0 && domain && (
        <div className={cn("grid gap-4 lg:grid-cols-2", query.isPlaceholderData && "opacity-60")}>
          <ChartCard title={t("price.title")} className="lg:col-span-2">
            <HistoryChart
              {...common}
              testId="price-chart"
              height={260}
              data={data.price}
              formatValue={money}
              formatTick={moneyTick}
              legend
              series={[
                { key: "price", label: t("price.price"), color: chartColors.primary, step: true, width: 2 },
                // Usually equal to the price: drawn wider underneath so both stay visible.
                { key: "buyBoxPrice", label: t("price.buyBoxPrice"), color: chartColors.buyBox, step: true, width: 5, under: true },
                { key: "listPrice", label: t("price.listPrice"), color: chartColors.list, step: true, dashed: true, under: true },
              ]}
            />
          </ChartCard>
          <ChartCard
            title={data.bsrCategory ? t("bsr.inCategory", { category: data.bsrCategory }) : t("bsr.title")}
            note={t("bsr.note")}
            action={
              <label className="flex items-center gap-2 text-xs text-muted-foreground">
                <input type="checkbox" checked={logBsr} onChange={(e) => setLogBsr(e.target.checked)} />
                {t("bsr.logScale")}
              </label>
            }
            className="lg:col-span-2"
          >
            {/* BSR: lower is better, so the axis is reversed and rank 1 sits at the top. */}
            <HistoryChart
              {...common}
              testId="bsr-chart"
              data={data.bsr}
              formatValue={rank}
              formatTick={compactRank}
              yAxis={{ reversed: true, log: logBsr, allowDecimals: false }}
              series={[{ key: "bsr", label: t("bsr.rank"), color: chartColors.bsr }]}
            />
          </ChartCard>
          <ChartCard title={t("rating.title")}>
            <HistoryChart
              {...common}
              testId="rating-chart"
              height={180}
              data={data.rating}
              formatValue={(v) => format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
              yAxis={{ domain: [3, 5], ticks: [3, 3.5, 4, 4.5, 5] }}
              series={[{ key: "rating", label: t("rating.rating"), color: chartColors.rating, step: true }]}
            />
          </ChartCard>
          <ChartCard title={t("reviews.title")}>
            <HistoryChart
              {...common}
              testId="reviews-chart"
              height={180}
              data={data.reviews}
              formatValue={integer}
              formatTick={compact}
              yAxis={{ allowDecimals: false }}
              series={[{ key: "reviewCount", label: t("reviews.reviewCount"), color: chartColors.reviews }]}
            />
          </ChartCard>
        </div>
      )}
      <p className="text-xs text-muted-foreground">
        {t("gapsNote")} {longRange && t("downsampled")}
      </p>
    </section>
  );
}

function ChartCard({ title, note, action, className, children }: { title: string; note?: string; action?: React.ReactNode; className?: string; children: React.ReactNode }) {
  return (
    <div className={cn("grid gap-2 rounded-lg border bg-card p-4", className)}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-medium">{title}</h3>
        {action}
      </div>
      {note && <p className="-mt-1 text-xs text-muted-foreground">{note}</p>}
      {children}
    </div>
  );
}
