import type { Db } from "@/lib/db/client";
import { selectDueProducts } from "@/lib/db/sql/select-due-products";
import { productsInFlight } from "@/lib/crawl/crawl-heartbeat";
import { planBatches, type CrawlBatch } from "@/lib/crawl/plan-batches";

export type DueBatch = CrawlBatch;

/**
 * Due products of every workspace, grouped by workspace × marketplace and cut into batches.
 * Products that a live crawl is already reading (a first crawl still queued, a refresh) are
 * left to it. The key names the tick, so the same tick fanned out twice yields the same keys.
 */
export async function findDueBatches({ db, now, batchSize, tick = now }: { db: Db; now: Date; batchSize: number; tick?: Date }): Promise<DueBatch[]> {
  const rows = await selectDueProducts(db, now);
  const busy = await productsInFlight({ db, now });
  const slot = tick.toISOString().slice(0, 19); // one scheduled crawl per product per tick at most
  return planBatches(
    rows.filter((r) => !busy.has(`${r.workspaceId}|${r.marketplace}|${r.asin}`)),
    batchSize,
    (marketplace, i) => `scheduled:${marketplace}:${slot}:${i}`,
  );
}
