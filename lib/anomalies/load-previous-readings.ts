import type { Db } from "@/lib/db/client";
import type { DetectionReading } from "./types";

export type ProductBefore = {
  productKind: "own" | "competitor";
  productThresholds: unknown;
  /** The product's last good reading before this ingest's first new one, if it has any. */
  previous: DetectionReading | null;
};

// For each product, its last snapshot before a given time (snapshots are only ever written
// for good reads, so that is the last good reading, however many failed reads came in
// between), found through the (productId, capturedAt) unique index. The rows come back as
// one JSON text: thousands of rows per ingest, and parsing one string is far cheaper for the
// client than decoding every column of every row.
const sql = `
SELECT coalesce(json_agg(json_build_array(
         p.id, p.kind, p."alertThresholds",
         (extract(epoch FROM s."capturedAt") * 1000)::float8, s.currency, s.price::float8, s."buyBoxPrice"::float8, s.bsr,
         s."bsrCategory", s.rating::float8, s."reviewCount", s."inStock", s."availabilityText", s."buyBoxSellerId",
         s."buyBoxSellerName", s."listingVersionId")), '[]')::text AS rows
FROM unnest($2::text[], $3::timestamp[]) AS n(pid, before)
JOIN "Product" p ON p.id = n.pid AND p."workspaceId" = $1
LEFT JOIN LATERAL (
  SELECT * FROM "Snapshot" s WHERE s."productId" = n.pid AND s."capturedAt" < n.before ORDER BY s."capturedAt" DESC LIMIT 1
) s ON true`;

type Row = [string, string, unknown, number | null, string, number | null, number | null, number | null, string | null,
  number | null, number | null, boolean | null, string | null, string | null, string | null, string | null];

export async function loadPreviousReadings(db: Db, workspaceId: string, firsts: Array<{ productId: string; capturedAt: Date }>): Promise<Map<string, ProductBefore>> {
  if (firsts.length === 0) return new Map();
  const [result] = await db.$queryRawUnsafe<Array<{ rows: string }>>(
    sql,
    workspaceId,
    firsts.map((f) => f.productId),
    firsts.map((f) => f.capturedAt),
  );
  const rows = JSON.parse(result?.rows ?? "[]") as Row[];
  return new Map(
    rows.map(([id, kind, thresholds, at, currency, price, buyBoxPrice, bsr, bsrCategory, rating, reviewCount, inStock, availabilityText, sellerId, sellerName, listingVersionId]) => [
      id,
      {
        productKind: kind === "own" ? "own" : "competitor",
        productThresholds: thresholds,
        previous:
          at === null
            ? null
            : { capturedAt: new Date(at), currency, price, buyBoxPrice, bsr, bsrCategory, rating, reviewCount, inStock, availabilityText, sellerId, sellerName, listingVersionId, listing: null },
      },
    ]),
  );
}
