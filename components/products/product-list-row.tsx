"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Freshness } from "@/components/products/freshness";
import type { ProductRow } from "@/lib/products/list-products";
import { ChangeBadge } from "@/components/products/change-badge";
import { ProductImage } from "@/components/products/product-image";
import { Sparkline } from "@/components/products/sparkline";

export function ProductListRow({ product: p, now, selected, onToggle }: { product: ProductRow; now: string; selected: boolean; onToggle: () => void }) {
  const t = useTranslations("products");
  const format = useFormatter();
  const money = (value: number | null) => (value === null || !p.currency ? t("table.unknown") : format.number(value, { style: "currency", currency: p.currency }));
  const num = (value: number | null, minimumFractionDigits = 0) => (value === null ? t("table.unknown") : format.number(value, { minimumFractionDigits }));

  return (
    <tr className="border-t align-top hover:bg-muted/30" data-testid="product-row" data-asin={p.asin} data-selected={selected || undefined}>
      <td className="p-2">
        <input type="checkbox" aria-label={t("table.select", { asin: p.asin })} checked={selected} onChange={onToggle} />
      </td>
      <td className="p-2">
        <ProductImage src={p.imageUrl} alt={p.title ?? p.asin} fallbackLabel={p.title ?? p.asin} className="h-10 w-10" />
      </td>
      <td className="min-w-56 max-w-80 p-2">
        <Link href={`/products/${p.id}`} className="line-clamp-2 font-medium hover:underline" data-testid="product-title">
          {p.title ?? p.asin}
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-1 text-xs text-muted-foreground">
          {p.isDemo && <span className="rounded bg-amber-500/15 px-1.5 font-medium text-amber-800 dark:text-amber-300">{t("table.demo")}</span>}
          {p.paused && <span className="rounded bg-muted px-1.5">{t("table.paused")}</span>}
          <span data-testid="frequency">{t(`table.frequencies.${p.frequency}`)}</span>
          {p.tags.map((tag) => (
            <span key={tag} className="rounded bg-accent px-1.5 text-accent-foreground" data-testid="tag">
              {tag}
            </span>
          ))}
        </div>
      </td>
      <td className="p-2 font-mono text-xs">{p.asin}</td>
      <td className="p-2" data-testid="marketplace">{p.marketplace}</td>
      <td className="p-2 text-xs" data-testid="kind">
        {t(`kinds.${p.kind}`)}
      </td>
      <td className="p-2 text-right tabular-nums" data-testid="price">{money(p.price)}</td>
      <td className="p-2 text-right tabular-nums" data-testid="buy-box">{money(p.buyBoxPrice)}</td>
      <td className="p-2">
        <Sparkline values={p.spark.price} metric="price" currency={p.currency} />
        <div className="mt-0.5 flex gap-1">
          <ChangeBadge change={p.changes.price.d1} metric="price" period="d1" currency={p.currency} />
          <ChangeBadge change={p.changes.price.d7} metric="price" period="d7" currency={p.currency} />
        </div>
      </td>
      <td className="p-2 text-right">
        <div className="tabular-nums" data-testid="bsr">{p.bsr === null ? t("table.unknown") : `#${format.number(p.bsr)}`}</div>
        {p.bsrCategory && <div className="max-w-32 truncate text-xs text-muted-foreground" title={p.bsrCategory}>{p.bsrCategory}</div>}
      </td>
      <td className="p-2">
        <Sparkline values={p.spark.bsr} metric="bsr" currency={null} />
        <div className="mt-0.5 flex gap-1">
          <ChangeBadge change={p.changes.bsr.d1} metric="bsr" period="d1" currency={null} />
          <ChangeBadge change={p.changes.bsr.d7} metric="bsr" period="d7" currency={null} />
        </div>
      </td>
      <td className="p-2 text-right tabular-nums" data-testid="rating">{num(p.rating, 1)}</td>
      <td className="p-2 text-right tabular-nums" data-testid="reviews">{num(p.reviewCount)}</td>
      <td className="p-2 text-xs" data-testid="stock">
        {p.inStock === null ? t("table.unknown") : p.inStock ? t("table.inStock") : <span className="font-medium text-destructive">{t("table.outOfStock")}</span>}
      </td>
      <td className="p-2">
        <Freshness {...p} now={now} />
      </td>
    </tr>
  );
}
