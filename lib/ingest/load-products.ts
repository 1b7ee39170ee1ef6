import { parsePreviousReading, previousReadingJson, type ProductBefore } from "@/lib/anomalies/previous-reading";
import type { Db } from "@/lib/db/client";

export type IngestProduct = {
  id: string;
  asin: string;
  listingHash: string | null;
  listingVersionId: string | null;
  lastReadingAt: Date | null;
  /** For detection: the product's kind, thresholds and latest stored good reading. */
  before: ProductBefore;
};

// The products an ingest writes to, with everything the ingest and its detection need from
// them in one statement: their listing and time state, and the snapshot their latest state
// came from (through the (productId, capturedAt) index), which is the good reading every new
// reading that moves the product forward is compared with. One JSON text comes back.
//
// The rows are locked until the ingest commits, in id order (so two ingests never deadlock on
// each other): a scheduled crawl and a "Refresh now" of the same products then run one after
// the other, and the second plans listing versions and compares readings against what the
// first stored, instead of both alerting about the same change.
const sql = `
WITH p AS MATERIALIZED (
  SELECT id, asin, "listingHash", "listingVersionId", "lastReadingAt", kind, "alertThresholds" FROM "Product"
  WHERE "workspaceId" = $1 AND marketplace = $2 AND asin = ANY($3::text[])
  ORDER BY id
  FOR NO KEY UPDATE
)
SELECT coalesce(json_agg(json_build_array(
         p.id, p.asin, p."listingHash", p."listingVersionId", (extract(epoch FROM p."lastReadingAt") * 1000)::float8,
         p.kind, p."alertThresholds", ${previousReadingJson("s")})), '[]')::text AS rows
FROM p
LEFT JOIN "Snapshot" s ON s."productId" = p.id AND s."capturedAt" = p."lastReadingAt"`;

type Row = [string, string, string | null, string | null, number | null, string, unknown, unknown];

export async function loadProducts(db: Db, workspaceId: string, marketplace: string, asins: string[]): Promise<IngestProduct[]> {
  if (asins.length === 0) return [];
  const [result] = await db.$queryRawUnsafe<Array<{ rows: string }>>(sql, workspaceId, marketplace, asins);
  return (JSON.parse(result?.rows ?? "[]") as Row[]).map(([id, asin, listingHash, listingVersionId, lastReadingAt, kind, thresholds, previous]) => ({
    id,
    asin,
    listingHash,
    listingVersionId,
    lastReadingAt: lastReadingAt === null ? null : new Date(lastReadingAt),
    before: { productKind: kind === "own" ? "own" : "competitor", productThresholds: thresholds, previous: parsePreviousReading(previous) },
  }));
}
