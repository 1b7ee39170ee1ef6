import type { Db } from "@/lib/db/client";

export type ReviewBaselineRow = { productId: string; days: number; at: Date; reviewCount: number };

/** Each product's review count at or just before each of `days` ago: one index probe per product and window. */
export function selectReviewBaselines(db: Db, workspaceId: string, productIds: string[], days: number[], now: Date): Promise<ReviewBaselineRow[]> {
  return db.$queryRawUnsafe<ReviewBaselineRow[]>(
    `SELECT p.pid AS "productId", d.days, s."capturedAt" AS at, s."reviewCount"
     FROM unnest($2::text[]) AS p(pid) CROSS JOIN unnest($4::int[]) AS d(days)
     CROSS JOIN LATERAL (
       SELECT "capturedAt", "reviewCount" FROM "Snapshot"
       WHERE "productId" = p.pid AND "workspaceId" = $1 AND "reviewCount" IS NOT NULL
         AND "capturedAt" <= $3::timestamp - make_interval(days => d.days)
       ORDER BY "capturedAt" DESC LIMIT 1) s`,
    workspaceId,
    productIds,
    now,
    days,
  );
}
