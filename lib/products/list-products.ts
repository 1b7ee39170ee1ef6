import { CRAWL_LEASE_MS } from "@/lib/crawl/crawl-heartbeat";
import { isStale } from "@/lib/products/freshness";
import type { Db } from "@/lib/db/client";
import { selectListFacets } from "@/lib/db/sql/select-list-facets";
import type { FailedReadReason } from "@/lib/generated/prisma/enums";
import { bsrChange, priceChange, type Change, type ComparableReading } from "@/lib/products/change-badge";
import { loadComparisonReadings, loadSparklines, type Sparkline } from "@/lib/products/load-list-history";
import type { ListParams } from "@/lib/products/list-params";
import { productListOrder, productListWhere } from "@/lib/products/list-products-query";


type ProductRowChanges = {
  price: { d1: Change | null; d7: Change | null };
  bsr: { d1: Change | null; d7: Change | null };
};

// JSON-safe (dates as ISO strings): the same shape goes from the server page into the
// client component and out of GET /api/products.
export type ProductRow = {
  id: string;
  asin: string;
  marketplace: string;
  kind: "own" | "competitor";
  tags: string[];
  frequency: "hourly" | "daily" | "weekly";
  paused: boolean;
  isDemo: boolean;
  title: string | null;
  imageUrl: string | null;
  currency: string | null;
  price: number | null;
  buyBoxPrice: number | null;
  bsr: number | null;
  bsrCategory: string | null;
  rating: number | null;
  reviewCount: number | null;
  inStock: boolean | null;
  lastReadingAt: string | null;
  lastFailedAt: string | null;
  lastFailureKind: FailedReadReason | null;
  lastFailureReason: string | null;
  failureStreak: number;
  /** No good reading for more than twice the crawl interval (paused products excepted). */
  stale: boolean;
  spark: Sparkline;
  changes: ProductRowChanges;
};

export type ProductListPage = {
  items: ProductRow[];
  total: number;
  page: number;
  pages: number;
  size: number;
  facets: { tags: string[]; marketplaces: string[] };
  /** When the page was read: freshness is relative to this, on the server and in the browser alike. */
  generatedAt: string;
  /** A crawl of this workspace is under way (first readings, a refresh): the list keeps itself fresh. */
  crawling: boolean;
  /** Active products whose last read was blocked by Amazon (robot check, sign-in, error page). */
  blocked: number;
};

/**
 * One page of the workspace's products for the dashboard list, with 30-day sparklines and
 * change badges. Five set-based queries whatever the page size (page, count, facets,
 * sparklines, comparison readings); none per product, all scoped by workspace.
 */
export async function loadProductList({
  db,
  workspaceId,
  params,
  now = new Date(),
}: {
  db: Db;
  workspaceId: string;
  params: ListParams;
  now?: Date;
}): Promise<ProductListPage> {
  const where = productListWhere(workspaceId, params);
  const [products, total, facets, crawling, blocked] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: productListOrder(params),
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true, asin: true, marketplace: true, kind: true, tags: true, frequency: true, paused: true, isDemo: true,
        title: true, imageUrl: true, currency: true, price: true, buyBoxPrice: true, bsr: true, bsrCategory: true,
        rating: true, reviewCount: true, inStock: true, lastReadingAt: true, lastFailedAt: true,
        lastFailureKind: true, lastFailureReason: true, failureStreak: true,
      },
    }),
    db.product.count({ where }),
    selectListFacets(db, workspaceId),
    db.crawlRun.count({ where: { workspaceId, status: "running", heartbeatAt: { gte: new Date(now.getTime() - CRAWL_LEASE_MS) } } }),
    db.product.count({ where: { workspaceId, paused: false, failureStreak: { gt: 0 }, lastFailureKind: "blocked" } }),
  ]);
  const ids = products.map((p) => p.id);
  const [sparks, comparisons] = await Promise.all([
    loadSparklines({ db, workspaceId, productIds: ids, now }),
    loadComparisonReadings({ db, workspaceId, productIds: ids }),
  ]);

  const items = products.map((p): ProductRow => {
    const current: ComparableReading = {
      price: p.price?.toNumber() ?? null,
      currency: p.currency,
      inStock: p.inStock,
      bsr: p.bsr,
      bsrCategory: p.bsrCategory,
    };
    const before = comparisons.get(p.id);
    return {
      ...p,
      price: current.price,
      buyBoxPrice: p.buyBoxPrice?.toNumber() ?? null,
      rating: p.rating?.toNumber() ?? null,
      lastReadingAt: p.lastReadingAt?.toISOString() ?? null,
      lastFailedAt: p.lastFailedAt?.toISOString() ?? null,
      stale: isStale({ lastReadingAt: p.lastReadingAt, frequency: p.frequency, paused: p.paused, now }),
      spark: sparks.get(p.id)!,
      changes: {
        price: { d1: priceChange(current, before?.d1), d7: priceChange(current, before?.d7) },
        bsr: { d1: bsrChange(current, before?.d1), d7: bsrChange(current, before?.d7) },
      },
    };
  });
  return {
    items,
    total,
    page: params.page,
    size: params.size,
    pages: Math.max(1, Math.ceil(total / params.size)),
    facets,
    generatedAt: now.toISOString(),
    crawling: crawling > 0,
    blocked,
  };
}
