import type { Db } from "@/lib/db/client";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

export type DueProductRow = { workspaceId: string; marketplace: MarketplaceCode; asin: string };

// A product is due when its last crawl is older than its frequency, less some slack: a daily
// product crawled at 06:00:04 yesterday must be due again at today's 06:00 run.
const dueAfter = { hourly: "50 minutes", daily: "20 hours", weekly: "6 days 12 hours" } as const;

// After a failed read (blocked, not found, empty page, failed run) the product is retried
// sooner than its frequency: at the next tick, then after 1 h, then 4 h; from the fourth
// failure in a row on, it waits for its normal frequency like any other product.
const retryAfterFailure = `CASE "failureStreak" WHEN 1 THEN interval '0' WHEN 2 THEN interval '1 hour' WHEN 3 THEN interval '4 hours' END`;

/** Every product of every workspace due for a crawl at `now`: one scan per schedule tick. */
export function selectDueProducts(db: Db, now: Date): Promise<DueProductRow[]> {
  return db.$queryRawUnsafe<DueProductRow[]>(
    `SELECT "workspaceId", marketplace::text AS marketplace, asin FROM "Product"
     WHERE NOT paused AND (
       "lastCrawledAt" IS NULL
       OR ("failureStreak" BETWEEN 1 AND 3 AND "lastFailedAt" <= $1::timestamp - ${retryAfterFailure})
       OR (frequency = 'hourly' AND "lastCrawledAt" <= $1::timestamp - interval '${dueAfter.hourly}')
       OR (frequency = 'daily'  AND "lastCrawledAt" <= $1::timestamp - interval '${dueAfter.daily}')
       OR (frequency = 'weekly' AND "lastCrawledAt" <= $1::timestamp - interval '${dueAfter.weekly}'))`,
    now,
  );
}
