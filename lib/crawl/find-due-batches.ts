import type { Db } from "@/lib/db/client";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

export type DueBatch = { workspaceId: string; marketplace: MarketplaceCode; asins: string[]; key: string };

// A product is due when its last crawl is older than its frequency, less some slack: a daily
// product crawled at 06:00:04 yesterday must be due again at today's 06:00 run.
const dueAfter = { hourly: "50 minutes", daily: "20 hours", weekly: "6 days 12 hours" } as const;

/**
 * Due products of every workspace, grouped by workspace × marketplace and cut into batches
 * (Apify is billed per run: many ASINs per run, never one run per product). The key names
 * the slot, so the same cron tick fanned out twice yields the same keys.
 */
export async function findDueBatches({ db, now, batchSize }: { db: Db; now: Date; batchSize: number }): Promise<DueBatch[]> {
  const rows = await db.$queryRawUnsafe<Array<{ workspaceId: string; marketplace: MarketplaceCode; asin: string }>>(
    `SELECT "workspaceId", marketplace, asin FROM "Product"
     WHERE NOT paused AND (
       "lastCrawledAt" IS NULL
       OR (frequency = 'hourly' AND "lastCrawledAt" <= $1::timestamp - interval '${dueAfter.hourly}')
       OR (frequency = 'daily'  AND "lastCrawledAt" <= $1::timestamp - interval '${dueAfter.daily}')
       OR (frequency = 'weekly' AND "lastCrawledAt" <= $1::timestamp - interval '${dueAfter.weekly}'))
     ORDER BY "workspaceId", marketplace, asin`,
    now,
  );
  const slot = now.toISOString().slice(0, 13); // the hour: one scheduled crawl per product per hour at most
  const groups = new Map<string, { workspaceId: string; marketplace: MarketplaceCode; asins: string[] }>();
  for (const r of rows) {
    const id = `${r.workspaceId}|${r.marketplace}`;
    const group = groups.get(id) ?? { workspaceId: r.workspaceId, marketplace: r.marketplace, asins: [] };
    group.asins.push(r.asin);
    groups.set(id, group);
  }
  const batches: DueBatch[] = [];
  for (const g of groups.values()) {
    for (let i = 0; i * batchSize < g.asins.length; i++) {
      batches.push({
        workspaceId: g.workspaceId,
        marketplace: g.marketplace,
        asins: g.asins.slice(i * batchSize, (i + 1) * batchSize),
        key: `scheduled:${g.marketplace}:${slot}:${i}`,
      });
    }
  }
  return batches;
}
