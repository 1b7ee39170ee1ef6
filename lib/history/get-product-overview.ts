import type { Db } from "@/lib/db/client";
import { isMarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { decimalToNumber } from "@/lib/db/decimal";

const num = decimalToNumber;

export type ProductOverview = NonNullable<Awaited<ReturnType<typeof getProductOverview>>>;

/** The product page's header data: settings and latest state, or null outside the workspace. */
export async function getProductOverview({ db, workspaceId, productId }: { db: Db; workspaceId: string; productId: string }) {
  const p = await db.product.findFirst({ where: { id: productId, workspaceId } });
  if (!p) return null;
  const version = p.listingVersionId
    ? await db.listingVersion.findFirst({
        where: { id: p.listingVersionId, workspaceId },
        select: { bullets: true, images: true, categoryPath: true },
      })
    : null;
  return {
    id: p.id,
    asin: p.asin,
    marketplace: p.marketplace,
    kind: p.kind,
    tags: p.tags,
    frequency: p.frequency,
    paused: p.paused,
    isDemo: p.isDemo,
    title: p.title,
    brand: p.brand,
    imageUrl: p.imageUrl ?? version?.images[0] ?? null,
    currency: p.currency,
    price: num(p.price),
    listPrice: num(p.listPrice),
    buyBoxPrice: num(p.buyBoxPrice),
    bsr: p.bsr,
    bsrCategory: p.bsrCategory,
    rating: num(p.rating),
    reviewCount: p.reviewCount,
    inStock: p.inStock,
    availabilityText: p.availabilityText,
    buyBoxSellerName: p.buyBoxSellerName,
    bullets: version?.bullets ?? [],
    categoryPath: version?.categoryPath ?? [],
    lastReadingAt: p.lastReadingAt,
    lastFailedAt: p.lastFailedAt,
    lastFailureKind: p.lastFailureKind,
    lastFailureReason: p.lastFailureReason,
    failureStreak: p.failureStreak,
  };
}

/** For links that know only the marketplace and ASIN (alerts, e2e): the product's id. */
export async function findProductId({ db, workspaceId, marketplace, asin }: { db: Db; workspaceId: string; marketplace: string; asin: string }) {
  const code = marketplace.toUpperCase();
  if (!isMarketplaceCode(code)) return null;
  const p = await db.product.findFirst({ where: { workspaceId, marketplace: code, asin: asin.toUpperCase() }, select: { id: true } });
  return p?.id ?? null;
}
