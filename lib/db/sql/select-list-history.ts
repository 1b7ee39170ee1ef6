import type { Db } from "@/lib/db/client";

// The product list's history extras. The snapshot lookups are keyed by product only, through
// the (productId, capturedAt) index; the workspace is checked on the product row (a
// (workspaceId, capturedAt) index would slow every ingest for nothing).

export type DailySparklineRow = { productId: string; day: number; price: number | null; bsr: number | null };

/** Daily mean price and BSR per product and UTC day (days since the epoch) between `from` and `now`. */
export async function selectDailySparklines(db: Db, workspaceId: string, productIds: string[], from: Date, now: Date): Promise<DailySparklineRow[]> {
  return db.$queryRawUnsafe<DailySparklineRow[]>(
    `SELECT p.id AS "productId", s.day, avg(s.price)::float8 AS price, round(avg(s.bsr))::int AS bsr
     FROM "Product" p
     JOIN LATERAL (
       SELECT floor(extract(epoch from "capturedAt") / 86400)::int AS day, price, bsr FROM "Snapshot"
       WHERE "productId" = p.id AND "capturedAt" >= $3 AND "capturedAt" <= $4
     ) s ON true
     WHERE p."workspaceId" = $1 AND p.id = ANY($2::text[])
     GROUP BY 1, 2`,
    workspaceId,
    productIds,
    from,
    now,
  );
}

export type ComparisonReadingRow = {
  productId: string;
  which: "d1" | "d7";
  price: number | null;
  currency: string | null;
  inStock: boolean | null;
  bsr: number | null;
  bsrCategory: string | null;
};

/** The reading about a day (d1) and about a week (d7) before each product's latest one. */
export function selectComparisonReadings(db: Db, workspaceId: string, productIds: string[]): Promise<ComparisonReadingRow[]> {
  return db.$queryRawUnsafe<ComparisonReadingRow[]>(
    `SELECT p.id AS "productId", w.which, s.price::float8 AS price, s.currency, s."inStock", s.bsr, s."bsrCategory"
     FROM "Product" p
     CROSS JOIN (VALUES ('d1', interval '20 hours', interval '48 hours'),
                        ('d7', interval '6 days 12 hours', interval '9 days')) AS w(which, min_age, max_age)
     JOIN LATERAL (
       SELECT price, currency, "inStock", bsr, "bsrCategory" FROM "Snapshot" s
       WHERE s."productId" = p.id
         AND s."capturedAt" <= p."lastReadingAt" - w.min_age AND s."capturedAt" >= p."lastReadingAt" - w.max_age
       ORDER BY s."capturedAt" DESC LIMIT 1
     ) s ON true
     WHERE p."workspaceId" = $1 AND p.id = ANY($2::text[]) AND p."lastReadingAt" IS NOT NULL`,
    workspaceId,
    productIds,
  );
}
