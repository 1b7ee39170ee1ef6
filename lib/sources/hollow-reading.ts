import type { ProductReading } from "@/lib/sources/types";

// A page that loaded nothing is not "the product lost its price". When Amazon serves a
// half-rendered or unrecognised placeholder page, the item passes every check but carries
// no price, rank, rating or review count; stored, it would blank the latest state and fire
// price, BSR and review alerts for a product that did not change. Decided at ingest, where
// the previous good reading is known.

type Vitals = { price: number | null; bsr: number | null; rating: number | null; reviewCount: number | null };

/**
 * True when the reading has none of price, BSR, rating and review count while the previous
 * good reading had at least one. A review count of 0 after one above 0 counts as none: a
 * count does not fall to zero, a page that did not show it reads as 0. A genuine
 * out-of-stock product keeps its rank, rating and reviews, so it stays a reading; and with
 * no previous reading nothing is known to be missing.
 */
export function isHollowReading(
  reading: Pick<ProductReading, "price" | "bsr" | "rating" | "reviewCount">,
  previous: Vitals | null,
): boolean {
  if (previous === null) return false;
  const hadAny = previous.price !== null || previous.bsr !== null || previous.rating !== null || previous.reviewCount !== null;
  if (!hadAny) return false;
  const reviewsShown = reading.reviewCount !== null && (reading.reviewCount > 0 || !previous.reviewCount);
  return reading.price === null && reading.bsr === null && reading.rating === null && !reviewsShown;
}
