import type { Db } from "@/lib/db/client";

export type DashboardSummary = { tracked: number; priceMovesToday: number; outOfStock: number; failing: number };

/** The summary cards in one statement (a lateral probe of the snapshot key per product read since `since`). */
export async function selectDashboardSummary(db: Db, workspaceId: string, since: Date): Promise<DashboardSummary | undefined> {
  const [row] = await db.$queryRawUnsafe<DashboardSummary[]>(
    `SELECT count(*)::int AS tracked,
            (count(*) FILTER (WHERE p."lastReadingAt" > $2 AND p.price IS NOT NULL AND prev.price IS NOT NULL AND p.price <> prev.price))::int AS "priceMovesToday",
            (count(*) FILTER (WHERE p."inStock" = false))::int AS "outOfStock",
            (count(*) FILTER (WHERE p."failureStreak" > 0))::int AS failing
     FROM "Product" p
     LEFT JOIN LATERAL (
       SELECT s.price FROM "Snapshot" s
       WHERE s."productId" = p.id AND s."capturedAt" <= $2
       ORDER BY s."capturedAt" DESC LIMIT 1
     ) prev ON p."lastReadingAt" > $2
     WHERE p."workspaceId" = $1`,
    workspaceId,
    since,
  );
  return row;
}
