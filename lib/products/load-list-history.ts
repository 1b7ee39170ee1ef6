import type { Db } from "@/lib/db/client";
import type { ComparableReading } from "@/lib/products/change-badge";

const sparklineDays = 30;
const DAY = 86_400_000;

export type Sparkline = { price: Array<number | null>; bsr: Array<number | null> };
export type ComparisonReadings = { d1: ComparableReading | null; d7: ComparableReading | null };

/**
 * Daily price and BSR for the last 30 UTC days of the given products: one set-based query
 * over the (productId, capturedAt) index. A day without a reading stays null, so the
 * sparkline shows a gap instead of an invented line.
 */
export async function loadSparklines({ db, workspaceId, productIds, now }: { db: Db; workspaceId: string; productIds: string[]; now: Date }) {
  const out = new Map<string, Sparkline>();
  if (productIds.length === 0) return out;
  const today = Math.floor(now.getTime() / DAY);
  const firstDay = today - sparklineDays + 1;
  // The snapshot lookups are keyed by product only, through the (productId, capturedAt)
  // index; the workspace is checked on the product row.
  const rows = await db.$queryRawUnsafe<Array<{ productId: string; day: number; price: number | null; bsr: number | null }>>(
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
    new Date(firstDay * DAY),
    now,
  );
  for (const id of productIds) out.set(id, { price: Array(sparklineDays).fill(null), bsr: Array(sparklineDays).fill(null) });
  for (const r of rows) {
    const series = out.get(r.productId);
    const i = r.day - firstDay;
    if (!series || i < 0 || i >= sparklineDays) continue;
    series.price[i] = r.price === null ? null : Math.round(r.price * 100) / 100;
    series.bsr[i] = r.bsr;
  }
  return out;
}

type ComparisonRow = ComparableReading & { productId: string; which: "d1" | "d7" };

/**
 * For each product, the reading about a day and about a week before its latest one: the
 * newest reading at least 20 h (6.5 days) older, but no older than 48 h (9 days), so a
 * product read at slightly different times each day still compares like with like, and a
 * product without a reading in that window gets no badge rather than a misleading one.
 * One query: a LATERAL lookup per product and window on the (productId, capturedAt) index.
 */
export async function loadComparisonReadings({ db, workspaceId, productIds }: { db: Db; workspaceId: string; productIds: string[] }) {
  const out = new Map<string, ComparisonReadings>();
  if (productIds.length === 0) return out;
  const rows = await db.$queryRawUnsafe<ComparisonRow[]>(
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
  for (const r of rows) {
    const entry = out.get(r.productId) ?? { d1: null, d7: null };
    entry[r.which] = { price: r.price, currency: r.currency, inStock: r.inStock, bsr: r.bsr, bsrCategory: r.bsrCategory };
    out.set(r.productId, entry);
  }
  return out;
}
