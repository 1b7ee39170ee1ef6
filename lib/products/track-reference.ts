import type { DbClient } from "@/lib/db/client";
import { refreshProducts } from "@/lib/crawl/refresh-products";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { addProducts } from "@/lib/products/add-products";
import { parseProductReference, type ProductReferenceError } from "@/lib/products/parse-product-reference";
import type { ProductSource } from "@/lib/sources/types";
import type { ProductSummary } from "@/lib/products/product-summary";

export type TrackReferenceResult =
  | { ok: true; product: ProductSummary; added: boolean; refreshFailed: boolean }
  | { ok: false; error: ProductReferenceError };

// An ASIN or URL typed into the builder: tracked as a competitor if it is not yet (a bare
// ASIN takes the main product's marketplace), and read at once so the comparison has its
// numbers. A product that is already tracked is simply returned.
export async function trackReference({
  db,
  workspaceId,
  reference,
  marketplace,
  source,
  batchSize,
}: {
  db: DbClient;
  workspaceId: string;
  reference: string;
  marketplace?: MarketplaceCode;
  source: ProductSource;
  batchSize: number;
}): Promise<TrackReferenceResult> {
  const parsed = parseProductReference(reference, marketplace);
  if (!parsed.ok) return parsed;
  const { added } = await addProducts({
    db,
    workspaceId,
    items: [{ line: 1, asin: parsed.asin, marketplace: parsed.marketplace, kind: "competitor", tags: [] }],
  });
  const find = () =>
    db.product.findFirstOrThrow({
      where: { workspaceId, asin: parsed.asin, marketplace: parsed.marketplace },
      select: { id: true, asin: true, marketplace: true, title: true, brand: true, kind: true, imageUrl: true, lastReadingAt: true },
    });
  const before = await find();
  let refreshFailed = false;
  if (!before.lastReadingAt) {
    const summary = await refreshProducts({ db, source, batchSize, workspaceId, productIds: [before.id] });
    refreshFailed = summary.readingsStored === 0;
  }
  const { lastReadingAt: _, ...product } = await find();
  return { ok: true, product, added: added.length > 0, refreshFailed };
}
