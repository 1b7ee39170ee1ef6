import type { DetectionReading } from "@/lib/anomalies/types";

/** What detection needs to know about a product before an ingest. */
export type ProductBefore = {
  productKind: "own" | "competitor";
  productThresholds: unknown;
  /** The product's last good reading before this ingest's new ones, if it has any. */
  previous: DetectionReading | null;
};

/**
 * SQL for the columns of a stored snapshot (alias `s`) that detection compares, as one JSON
 * array, or NULL when there is no such snapshot. Meant for queries that return their rows as
 * one JSON text (thousands of rows: one string is far cheaper for the client than decoding
 * every column of every row); `parsePreviousReading` reads it back.
 */
export const previousReadingJson = (s: string) => `CASE WHEN ${s}.id IS NULL THEN NULL ELSE json_build_array(
  ${s}.id::text, (extract(epoch FROM ${s}."capturedAt") * 1000)::float8, ${s}.currency, ${s}.price::float8, ${s}."buyBoxPrice"::float8, ${s}.bsr,
  ${s}."bsrCategory", ${s}.rating::float8, ${s}."reviewCount", ${s}."inStock", ${s}."availabilityText", ${s}."buyBoxSellerId",
  ${s}."buyBoxSellerName", ${s}."listingVersionId") END`;

type Columns = [string, number, string, number | null, number | null, number | null, string | null, number | null, number | null,
  boolean | null, string | null, string | null, string | null, string | null];

export function parsePreviousReading(json: unknown): DetectionReading | null {
  if (!Array.isArray(json)) return null;
  const [snapshotId, at, currency, price, buyBoxPrice, bsr, bsrCategory, rating, reviewCount, inStock, availabilityText, sellerId, sellerName, listingVersionId] =
    json as Columns;
  return { snapshotId, capturedAt: new Date(at), currency, price, buyBoxPrice, bsr, bsrCategory, rating, reviewCount, inStock, availabilityText, sellerId, sellerName, listingVersionId, listing: null };
}
