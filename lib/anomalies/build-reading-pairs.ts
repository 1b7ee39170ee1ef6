import type { ProductReading } from "@/lib/sources/types";
import { roundLikeNumeric } from "@/lib/db/decimal";
import type { DetectionReading, ProductBefore, ReadingPair } from "@/lib/anomalies/types";

export type NewReading = { productId: string; reading: ProductReading; listingVersionId: string | null };
export type PairWithThresholds = ReadingPair & { productThresholds: unknown };

/**
 * A new reading as detection sees it, with the values the Snapshot row holds (the same
 * rounding as its numeric columns), so comparing it with a stored reading compares like with
 * like. Its listing content is at hand, so it always comes along.
 */
function toDetectionReading(r: ProductReading, listingVersionId: string | null): DetectionReading {
  return {
    capturedAt: r.capturedAt,
    currency: r.currency,
    price: roundLikeNumeric(r.price, 2),
    buyBoxPrice: roundLikeNumeric(r.buyBoxPrice, 2),
    bsr: r.bsr,
    bsrCategory: r.bsrCategory,
    rating: roundLikeNumeric(r.rating, 1),
    reviewCount: r.reviewCount,
    inStock: r.inStock,
    availabilityText: r.availabilityText,
    buyBoxSellerId: r.buyBoxSellerId,
    buyBoxSellerName: r.buyBoxSellerName,
    listingVersionId,
    listing: r.listing,
  };
}

/**
 * Pairs each new reading with the good reading before it: the previous new reading of the
 * same product in this ingest, or, for the first, the product's last stored one. Ordered by
 * product and time, which the cooldown relies on. Products without an earlier reading (their
 * first crawl) give no pair for their first reading.
 */
export function buildReadingPairs(readings: NewReading[], before: Map<string, ProductBefore>): PairWithThresholds[] {
  const byProduct = new Map<string, NewReading[]>();
  for (const r of readings) {
    const list = byProduct.get(r.productId);
    if (list) list.push(r);
    else byProduct.set(r.productId, [r]);
  }
  const pairs: PairWithThresholds[] = [];
  for (const productId of [...byProduct.keys()].sort()) {
    const product = before.get(productId);
    if (!product) continue; // not in this workspace
    const list = byProduct.get(productId)!.sort((a, b) => a.reading.capturedAt.getTime() - b.reading.capturedAt.getTime());
    let previous = product.previous;
    for (const r of list) {
      const current = toDetectionReading(r.reading, r.listingVersionId);
      if (previous) pairs.push({ productId, productKind: product.productKind, productThresholds: product.productThresholds, previous, current });
      previous = current;
    }
  }
  return pairs;
}
