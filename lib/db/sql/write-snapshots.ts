import type { Db } from "@/lib/db/client";

/** One snapshot to store, as the statement's JSON input: a column per key. */
export type SnapshotInput = {
  pid: string;
  at: Date;
  demo: boolean;
  currency: string;
  price: number | null;
  list_price: number | null;
  buy_box_price: number | null;
  bsr: number | null;
  bsr_category: string | null;
  bsr_ranks: unknown;
  rating: number | null;
  review_count: number | null;
  in_stock: boolean | null;
  availability: string | null;
  seller_id: string | null;
  seller_name: string | null;
  version_id: string | null;
  /** Only on the product's newest reading of this ingest (ahead of its stored latest state): its latest-state columns. */
  newest?: true;
  hash?: string | null;
  title?: string | null;
  brand?: string | null;
  image?: string | null;
};

// One statement per ingest for the two big writes: the snapshots (append-only, idempotent on
// (productId, capturedAt)) and the latest state of each product that moved forward. The rows
// travel once, as one JSON text: thousands of readings per call, and one string is far
// cheaper for the client to send than a parameter array per column, each escaped element by
// element. JSON numbers land in numeric columns with PostgreSQL's own rounding, and the
// ISO timestamps' trailing Z is ignored by `timestamp` (all times are UTC).
//
// The latest state only ever moves forward (the time guard also protects against a
// concurrent writer that got further). Title, brand and image come from the reading itself:
// it carries the content of the listing version it belongs to.
const sql = `
WITH u AS (
  SELECT * FROM json_to_recordset($3::json) AS u(
    pid text, at timestamp, demo boolean, currency text, price numeric, list_price numeric, buy_box_price numeric,
    bsr int, bsr_category text, bsr_ranks jsonb, rating numeric, review_count int, in_stock boolean, availability text,
    seller_id text, seller_name text, version_id text, newest boolean, hash text, title text, brand text, image text)
),
stored AS (
  INSERT INTO "Snapshot" ("productId", "workspaceId", "capturedAt", "crawlRunId", "isDemo", currency, price, "listPrice",
    "buyBoxPrice", bsr, "bsrCategory", "bsrRanks", rating, "reviewCount", "inStock", "availabilityText",
    "buyBoxSellerId", "buyBoxSellerName", "listingVersionId")
  SELECT u.pid, $1, u.at, $2, u.demo, u.currency, u.price, u.list_price, u.buy_box_price, u.bsr, u.bsr_category, u.bsr_ranks,
         u.rating, u.review_count, u.in_stock, u.availability, u.seller_id, u.seller_name, u.version_id
  FROM u
  ON CONFLICT ("productId", "capturedAt") DO NOTHING
  RETURNING 1
),
latest AS (
  UPDATE "Product" p SET
    "isDemo" = u.demo, currency = u.currency, price = u.price, "listPrice" = u.list_price, "buyBoxPrice" = u.buy_box_price,
    bsr = u.bsr, "bsrCategory" = u.bsr_category, rating = u.rating, "reviewCount" = u.review_count, "inStock" = u.in_stock,
    "availabilityText" = u.availability, "buyBoxSellerId" = u.seller_id, "buyBoxSellerName" = u.seller_name,
    "listingVersionId" = u.version_id, "listingHash" = u.hash,
    title = COALESCE(u.title, p.title), brand = COALESCE(u.brand, p.brand), "imageUrl" = COALESCE(u.image, p."imageUrl"),
    "lastReadingAt" = u.at, "lastCrawledAt" = GREATEST(p."lastCrawledAt", u.at), "failureStreak" = 0, "updatedAt" = now()
  FROM u
  WHERE u.newest AND p.id = u.pid AND p."workspaceId" = $1 AND (p."lastReadingAt" IS NULL OR p."lastReadingAt" < u.at)
  RETURNING 1
)
SELECT (SELECT count(*) FROM stored)::int AS stored`;

/** Writes the snapshots and moves the latest state forward; returns how many snapshots were new. */
export async function writeSnapshots(db: Db, workspaceId: string, crawlRunId: string | null, rows: SnapshotInput[]): Promise<number> {
  if (rows.length === 0) return 0;
  const [result] = await db.$queryRawUnsafe<Array<{ stored: number }>>(sql, workspaceId, crawlRunId, JSON.stringify(rows));
  return result?.stored ?? 0;
}
