import type { Db } from "@/lib/db/client";

export type DashboardSummary = { tracked: number; priceMovesToday: number; outOfStock: number; failing: number };

/**
 * The dashboard's summary cards in one query. "Price moves today": products read in the
 * last 24 hours whose price differs from their price 24 hours ago (the newest reading at or
 * before then, found through the (productId, capturedAt) index; the workspace is checked on
 * the product row, see load-history-extras.ts for why not on the snapshot too).
 */
export async function loadDashboardSummary({ db, workspaceId, now = new Date() }: { db: Db; workspaceId: string; now?: Date }): Promise<DashboardSummary> {
  const since = new Date(now.getTime() - 86_400_000);
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
  return row ?? { tracked: 0, priceMovesToday: 0, outOfStock: 0, failing: 0 };
}
