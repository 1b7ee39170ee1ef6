import type { Db } from "@/lib/db/client";

/** The stored reading a product's latest state came from, as detection compares it. */
type StoredReadingRow = {
  snapshotId: string;
  capturedAt: Date;
  currency: string;
  price: number | null;
  buyBoxPrice: number | null;
  bsr: number | null;
  bsrCategory: string | null;
  rating: number | null;
  reviewCount: number | null;
  inStock: boolean | null;
  availabilityText: string | null;
  buyBoxSellerId: string | null;
  buyBoxSellerName: string | null;
  listingVersionId: string | null;
};

export type IngestProductRow = {
  id: string;
  asin: string;
  listingHash: string | null;
  listingVersionId: string | null;
  lastReadingAt: Date | null;
  kind: "own" | "competitor";
  alertThresholds: unknown;
  previous: StoredReadingRow | null;
};

// The products an ingest writes to, with what the ingest and its detection need from them in
// one statement: listing and time state, and the snapshot their latest state came from
// (through the (productId, capturedAt) index), the good reading every new one is compared
// with. Thousands of rows come back as one JSON text, far cheaper for the client than decoding
// every column of every row.
//
// The rows are locked until the ingest commits, in id order (so two ingests never deadlock):
// a scheduled crawl and a "Refresh now" of the same products then run one after the other,
// and the second compares against what the first stored instead of both alerting.
const sql = `
WITH p AS MATERIALIZED (
  SELECT id, asin, "listingHash", "listingVersionId", "lastReadingAt", kind, "alertThresholds" FROM "Product"
  WHERE "workspaceId" = $1 AND marketplace = $2 AND asin = ANY($3::text[])
  ORDER BY id
  FOR NO KEY UPDATE
)
SELECT coalesce(json_agg(json_build_array(
         p.id, p.asin, p."listingHash", p."listingVersionId", (extract(epoch FROM p."lastReadingAt") * 1000)::float8,
         p.kind, p."alertThresholds",
         CASE WHEN s.id IS NULL THEN NULL ELSE json_build_array(
           s.id::text, (extract(epoch FROM s."capturedAt") * 1000)::float8, s.currency, s.price::float8, s."buyBoxPrice"::float8, s.bsr,
           s."bsrCategory", s.rating::float8, s."reviewCount", s."inStock", s."availabilityText", s."buyBoxSellerId",
           s."buyBoxSellerName", s."listingVersionId") END)), '[]')::text AS rows
FROM p
LEFT JOIN "Snapshot" s ON s."productId" = p.id AND s."capturedAt" = p."lastReadingAt"`;

type PreviousColumns = [string, number, string, number | null, number | null, number | null, string | null, number | null, number | null,
  boolean | null, string | null, string | null, string | null, string | null];
type Columns = [string, string, string | null, string | null, number | null, string, unknown, PreviousColumns | null];

export async function selectIngestProducts(db: Db, workspaceId: string, marketplace: string, asins: string[]): Promise<IngestProductRow[]> {
  if (asins.length === 0) return [];
  const [result] = await db.$queryRawUnsafe<Array<{ rows: string }>>(sql, workspaceId, marketplace, asins);
  return (JSON.parse(result?.rows ?? "[]") as Columns[]).map(([id, asin, listingHash, listingVersionId, lastReadingAt, kind, alertThresholds, previous]) => ({
    id,
    asin,
    listingHash,
    listingVersionId,
    lastReadingAt: lastReadingAt === null ? null : new Date(lastReadingAt),
    kind: kind === "own" ? "own" : "competitor",
    alertThresholds,
    previous: previous && decodePrevious(previous),
  }));
}

function decodePrevious([snapshotId, at, currency, price, buyBoxPrice, bsr, bsrCategory, rating, reviewCount, inStock, availabilityText, buyBoxSellerId, buyBoxSellerName, listingVersionId]: PreviousColumns): StoredReadingRow {
  return { snapshotId, capturedAt: new Date(at), currency, price, buyBoxPrice, bsr, bsrCategory, rating, reviewCount, inStock, availabilityText, buyBoxSellerId, buyBoxSellerName, listingVersionId };
}
