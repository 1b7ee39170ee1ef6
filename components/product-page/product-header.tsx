import { BellRing, ExternalLink } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Freshness } from "@/components/products/freshness";
import type { ProductOverview } from "@/lib/history/get-product-overview";
import { isStale } from "@/lib/products/freshness";
import { isMarketplaceCode, marketplaces, productUrl } from "@/lib/marketplaces/marketplaces";
import { RefreshProductButton } from "@/components/products/refresh-product-button";
import { ProductImage } from "@/components/products/product-image";

// The current listing and its latest reading, at the top of the product page.
export async function ProductHeader({ product, canRefresh }: { product: ProductOverview; canRefresh: boolean }) {
  const t = await getTranslations("product.header");
  const tThresholds = await getTranslations("thresholdSettings");
  const format = await getFormatter();
  const money = (v: number | null) => (v === null || !product.currency ? t("unknown") : format.number(v, { style: "currency", currency: product.currency }));
  const market = isMarketplaceCode(product.marketplace) ? product.marketplace : null;
  const stats: Array<{ label: string; value: string; testId: string; sub?: string | null }> = [
    { label: t("price"), value: money(product.price), testId: "latest-price", sub: product.listPrice !== null && product.listPrice !== product.price ? `${t("listPrice")} ${money(product.listPrice)}` : null },
    { label: t("buyBox"), value: money(product.buyBoxPrice), testId: "latest-buy-box", sub: product.buyBoxSellerName },
    { label: t("bsr"), value: product.bsr === null ? t("unknown") : `#${format.number(product.bsr)}`, testId: "latest-bsr", sub: product.bsrCategory ? t("bsrIn", { category: product.bsrCategory }) : null },
    { label: t("rating"), value: product.rating === null ? t("unknown") : format.number(product.rating, { minimumFractionDigits: 1 }), testId: "latest-rating" },
    { label: t("reviews"), value: product.reviewCount === null ? t("unknown") : format.number(product.reviewCount), testId: "latest-reviews" },
    {
      label: t("stock"),
      value: product.inStock === null ? t("unknown") : product.inStock ? t("inStock") : t("outOfStock"),
      testId: "latest-stock",
      sub: product.availabilityText,
    },
  ];

  return (
    <header className="grid gap-4 rounded-lg border bg-card p-4 md:grid-cols-[8rem_1fr] md:p-6">
      <ProductImage src={product.imageUrl} alt={product.title ?? product.asin} fallbackLabel={t("noImage")} className="h-32 w-32" />
      <div className="grid min-w-0 gap-3">
        <div className="flex flex-wrap items-center gap-2 text-xs">
          {product.isDemo && <span className="rounded bg-amber-500/15 px-1.5 py-0.5 font-medium text-amber-700 dark:text-amber-300">{t("demo")}</span>}
          <span className="rounded bg-secondary px-1.5 py-0.5 font-medium text-secondary-foreground">{t(`kinds.${product.kind}`)}</span>
          {product.paused && <span className="rounded bg-muted px-1.5 py-0.5 text-muted-foreground">{t("paused")}</span>}
          {product.tags.map((tag) => (
            <span key={tag} className="rounded-full border px-2 py-0.5 text-muted-foreground">{tag}</span>
          ))}
        </div>
        <div className="grid gap-1">
          <h1 className="text-xl font-semibold leading-snug tracking-tight md:text-2xl" data-testid="product-title">
            {product.title ?? product.asin}
          </h1>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
            {product.brand && <span>{product.brand}</span>}
            <span>
              {t("asin")} <span className="font-mono text-foreground">{product.asin}</span>
            </span>
            <span>
              {t("marketplace")} <span className="text-foreground">{product.marketplace}</span>
            </span>
            {market && (
              <a href={productUrl(market, product.asin)} target="_blank" rel="noreferrer noopener" className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline">
                {t("viewOnAmazon", { domain: marketplaces[market].domain })}
                <ExternalLink className="h-3.5 w-3.5" aria-hidden />
              </a>
            )}
            <Link href={`/products/${product.id}/alerts`} className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline">
              <BellRing className="h-3.5 w-3.5" aria-hidden />
              {tThresholds("title")}
            </Link>
          </p>
        </div>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-7">
          {stats.map((s) => (
            <div key={s.testId} className="grid content-start gap-0.5">
              <dt className="text-xs text-muted-foreground">{s.label}</dt>
              <dd className="text-base font-semibold tabular-nums" data-testid={s.testId}>{s.value}</dd>
              {s.sub && <dd className="truncate text-xs text-muted-foreground" title={s.sub}>{s.sub}</dd>}
            </div>
          ))}
          <div className="grid content-start gap-0.5">
            <dt className="text-xs text-muted-foreground">{t("lastReading")}</dt>
            <dd>
              <Freshness
                lastReadingAt={product.lastReadingAt?.toISOString() ?? null}
                lastFailedAt={product.lastFailedAt?.toISOString() ?? null}
                lastFailureKind={product.lastFailureKind}
                lastFailureReason={product.lastFailureReason}
                failureStreak={product.failureStreak}
                paused={product.paused}
                stale={isStale({ lastReadingAt: product.lastReadingAt, frequency: product.frequency, paused: product.paused, now: new Date() })}
                now={new Date().toISOString()}
              />
            </dd>
          </div>
        </dl>
        {canRefresh && <RefreshProductButton productId={product.id} />}
      </div>
    </header>
  );
}
