import type { ProductReading } from "./types";

type Metrics = Pick<ProductReading, "price" | "bsr" | "rating" | "reviewCount">;

/**
 * A page that loaded nothing is not "the product lost its price": a reading with none of
 * price, BSR, rating and review count, for a product whose previous good reading had any of
 * them, is a failed read. A genuine out-of-stock page (no price, but still ranked and rated)
 * stays a reading; so does anything for a product with no good reading yet.
 */
export function isHollowReading(reading: Metrics, previous: Metrics | null): boolean {
  if (!previous) return false;
  const empty = (m: Metrics) => m.price === null && m.bsr === null && m.rating === null && m.reviewCount === null;
  return empty(reading) && !empty(previous);
}
