"use client";

import { Loader2, RefreshCw, SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { refreshProductsNow, removeSelected, setFrequency, setPaused } from "@/app/(app)/products/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ProductListItem } from "@/lib/products/list-products";
import { Freshness } from "./freshness";

type Status = { tone: "error" | "success"; lines: string[] } | undefined;

export function ProductTable({ items, now }: { items: ProductListItem[]; now: Date }) {
  const t = useTranslations("products");
  const tAlerts = useTranslations("thresholdSettings");
  const format = useFormatter();
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<{ ids: string[] } | undefined>();
  const [status, setStatus] = useState<Status>();

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.id));

  function refresh(ids: string[]) {
    setStatus(undefined);
    setBusy({ ids });
    startTransition(async () => {
      const res = await refreshProductsNow({ ids });
      setBusy(undefined);
      if (!res.ok) return setStatus({ tone: "error", lines: [res.error.message] });
      const d = res.data;
      setStatus({
        tone: d.failures.length > 0 ? "error" : "success",
        lines: [t("table.refreshDone", { products: d.products, stored: d.readingsStored, failed: d.failures.length }), ...d.failures],
      });
      router.refresh();
    });
  }

  function bulk(action: () => Promise<{ ok: boolean; error?: { message: string } }>) {
    setStatus(undefined);
    startTransition(async () => {
      const res = await action();
      if (!res.ok) return setStatus({ tone: "error", lines: [res.error?.message ?? ""] });
      setSelected(new Set());
      router.refresh();
    });
  }

  const ids = [...selected];
  const money = (value: number | null, currency: string | null) =>
    value === null || !currency ? t("table.unknown") : format.number(value, { style: "currency", currency });

  if (items.length === 0) return <p className="rounded-lg border border-dashed p-8 text-center text-sm text-muted-foreground">{t("table.empty")}</p>;

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={t("table.actions")}>
        <span className="text-sm text-muted-foreground">{t("table.selected", { count: ids.length })}</span>
        <Button size="sm" disabled={ids.length === 0 || pending} onClick={() => refresh(ids)}>
          <RefreshCw className="h-4 w-4" aria-hidden />
          {t("table.refresh")}
        </Button>
        <Button size="sm" variant="outline" disabled={ids.length === 0 || pending} onClick={() => bulk(() => setPaused({ ids, paused: true }))}>
          {t("table.pause")}
        </Button>
        <Button size="sm" variant="outline" disabled={ids.length === 0 || pending} onClick={() => bulk(() => setPaused({ ids, paused: false }))}>
          {t("table.resume")}
        </Button>
        <select
          aria-label={t("table.frequencyFor")}
          className="h-8 rounded-md border border-input bg-background px-2 text-sm disabled:opacity-50"
          disabled={ids.length === 0 || pending}
          value=""
          onChange={(e) => {
            const frequency = e.target.value as "hourly" | "daily" | "weekly";
            if (frequency) bulk(() => setFrequency({ ids, frequency }));
          }}
        >
          <option value="">{t("table.frequency")}</option>
          {(["hourly", "daily", "weekly"] as const).map((f) => (
            <option key={f} value={f}>
              {t(`table.frequencies.${f}`)}
            </option>
          ))}
        </select>
        <Button
          size="sm"
          variant="destructive"
          disabled={ids.length === 0 || pending}
          onClick={() => window.confirm(t("table.confirmRemove", { count: ids.length })) && bulk(() => removeSelected({ ids }))}
        >
          {t("table.remove")}
        </Button>
      </div>
      <div aria-live="polite">
        {busy && (
          <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
            <Loader2 className="h-4 w-4 animate-spin" aria-hidden />
            {t("table.refreshProgress", { count: busy.ids.length })}
          </p>
        )}
        {status && (
          <FormMessage tone={status.tone}>
            {status.lines.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </FormMessage>
        )}
      </div>
      <div className="overflow-x-auto rounded-lg border">
        <table className="w-full text-sm">
          <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
            <tr>
              <th className="p-2">
                <input
                  type="checkbox"
                  aria-label={t("table.selectAll")}
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((i) => i.id)))}
                />
              </th>
              <th className="p-2">{t("table.product")}</th>
              <th className="p-2">{t("table.marketplace")}</th>
              <th className="p-2 text-right">{t("table.price")}</th>
              <th className="p-2 text-right">{t("table.buyBox")}</th>
              <th className="p-2 text-right">{t("table.bsr")}</th>
              <th className="p-2 text-right">{t("table.rating")}</th>
              <th className="p-2 text-right">{t("table.reviews")}</th>
              <th className="p-2">{t("table.stock")}</th>
              <th className="p-2">{t("table.freshness")}</th>
              <th className="p-2">
                <span className="sr-only">{t("table.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id} className="border-t align-top" data-testid="product-row" data-asin={p.asin}>
                <td className="p-2">
                  <input type="checkbox" aria-label={t("table.select", { asin: p.asin })} checked={selected.has(p.id)} onChange={() => toggle(p.id)} />
                </td>
                <td className="max-w-80 p-2">
                  <div className="line-clamp-2 font-medium">{p.title ?? p.asin}</div>
                  <div className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-muted-foreground">
                    <span className="font-mono">{p.asin}</span>
                    <span>· {t(`kinds.${p.kind}`)}</span>
                    {p.isDemo && <span className="rounded bg-amber-500/15 px-1.5 font-medium text-amber-700 dark:text-amber-300">{t("table.demo")}</span>}
                    {p.paused && <span className="rounded bg-muted px-1.5">{t("table.paused")}</span>}
                    <span data-testid="frequency">· {t(`table.frequencies.${p.frequency}`)}</span>
                    {p.tags.map((tag) => (
                      <span key={tag} className="rounded bg-accent px-1.5 text-accent-foreground">
                        {tag}
                      </span>
                    ))}
                  </div>
                </td>
                <td className="p-2">{p.marketplace}</td>
                <td className="p-2 text-right tabular-nums" data-testid="price">{money(p.price, p.currency)}</td>
                <td className="p-2 text-right tabular-nums">{money(p.buyBoxPrice, p.currency)}</td>
                <td className="p-2 text-right tabular-nums" data-testid="bsr" title={p.bsrCategory ?? undefined}>
                  {p.bsr === null ? t("table.unknown") : `#${format.number(p.bsr)}`}
                </td>
                <td className="p-2 text-right tabular-nums" data-testid="rating">{p.rating === null ? t("table.unknown") : format.number(p.rating, { minimumFractionDigits: 1 })}</td>
                <td className="p-2 text-right tabular-nums" data-testid="reviews">{p.reviewCount === null ? t("table.unknown") : format.number(p.reviewCount)}</td>
                <td className="p-2">
                  {p.inStock === null ? t("table.unknown") : p.inStock ? t("table.inStock") : <span className="text-destructive">{t("table.outOfStock")}</span>}
                </td>
                <td className="p-2">
                  <Freshness {...p} now={now} />
                </td>
                <td className="flex p-2">
                  <Button asChild size="sm" variant="ghost" title={tAlerts("title")}>
                    <Link href={`/products/${p.id}/alerts`} aria-label={`${tAlerts("title")} ${p.asin}`}>
                      <SlidersHorizontal className="h-4 w-4" aria-hidden />
                    </Link>
                  </Button>
                  <Button size="sm" variant="ghost" disabled={pending} onClick={() => refresh([p.id])} aria-label={`${t("table.refresh")} ${p.asin}`}>
                    {busy?.ids.includes(p.id) ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : <RefreshCw className="h-4 w-4" aria-hidden />}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
