import type { Db } from "@/lib/db/client";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { productsInFlight } from "@/lib/crawl/crawl-heartbeat";
import { planBatches, type CrawlBatch } from "@/lib/crawl/plan-batches";

export type DueBatch = CrawlBatch;

// A product is due when its last crawl is older than its frequency, less some slack: a daily
// product crawled at 06:00:04 yesterday must be due again at today's 06:00 run.
const dueAfter = { hourly: "50 minutes", daily: "20 hours", weekly: "6 days 12 hours" } as const;

// After a failed read (blocked, not found, empty page, failed run) the product is retried
// sooner than its frequency: at the next tick, then after 1 h, then 4 h; from the fourth
// failure in a row on, it waits for its normal frequency like any other product.
const retryAfterFailure = `CASE "failureStreak" WHEN 1 THEN interval '0' WHEN 2 THEN interval '1 hour' WHEN 3 THEN interval '4 hours' END`;

/**
 * Due products of every workspace, grouped by workspace × marketplace and cut into batches.
 * Products that a live crawl is already reading (a first crawl still queued, a refresh) are
 * left to it. The key names the tick, so the same tick fanned out twice yields the same keys.
 */
export async function findDueBatches({ db, now, batchSize, tick = now }: { db: Db; now: Date; batchSize: number; tick?: Date }): Promise<DueBatch[]> {
  const rows = await db.$queryRawUnsafe<Array<{ workspaceId: string; marketplace: MarketplaceCode; asin: string }>>(
    `SELECT "workspaceId", marketplace, asin FROM "Product"
     WHERE NOT paused AND (
       "lastCrawledAt" IS NULL
       OR ("failureStreak" BETWEEN 1 AND 3 AND "lastFailedAt" <= $1::timestamp - ${retryAfterFailure})
       OR (frequency = 'hourly' AND "lastCrawledAt" <= $1::timestamp - interval '${dueAfter.hourly}')
       OR (frequency = 'daily'  AND "lastCrawledAt" <= $1::timestamp - interval '${dueAfter.daily}')
       OR (frequency = 'weekly' AND "lastCrawledAt" <= $1::timestamp - interval '${dueAfter.weekly}'))`,
    now,
  );
  const busy = await productsInFlight({ db, now });
  const slot = tick.toISOString().slice(0, 19); // one scheduled crawl per product per tick at most
  return planBatches(
    rows.filter((r) => !busy.has(`${r.workspaceId}|${r.marketplace}|${r.asin}`)),
    batchSize,
    (marketplace, i) => `scheduled:${marketplace}:${slot}:${i}`,
  );
}
