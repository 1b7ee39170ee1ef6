import PQueue from "p-queue";
import { holdCrawlRuns } from "@/lib/crawl/crawl-heartbeat";
import { requestDelivery } from "@/lib/jobs/request-delivery";
import { startCrawlRun } from "@/lib/crawl/start-crawl-run";
import type { CrawlBatch } from "@/lib/crawl/plan-batches";
import { fetchAndComplete } from "@/lib/crawl/crawl-batch";
import type { DbClient } from "@/lib/db/client";
import type { CrawlTrigger } from "@/lib/generated/prisma/enums";
import type { ProductSource } from "@/lib/sources/types";

// Crawls the embedded default runs in this process without making anyone wait: first readings
// of new products, "Refresh all". The runs are recorded (status running, heartbeat kept) before
// this returns, so the list can show them as being read and the schedule leaves their
// products alone; the work itself queues behind other background crawls (two at a time: Apify
// plans cap concurrent runs, and the embedded database serves one query at a time).
const globalForQueue = globalThis as unknown as { __asinRadarCrawlQueue?: PQueue };
globalForQueue.__asinRadarCrawlQueue ??= new PQueue({ concurrency: 2 });
const queue = globalForQueue.__asinRadarCrawlQueue;

export async function crawlInBackground({
  db,
  source,
  batches,
  trigger,
}: {
  db: DbClient;
  source: ProductSource;
  batches: CrawlBatch[];
  trigger: CrawlTrigger;
}): Promise<{ crawlRunIds: string[] }> {
  const runs = [];
  for (const b of batches) {
    runs.push(await startCrawlRun({ db, workspaceId: b.workspaceId, marketplace: b.marketplace, asins: b.asins, trigger, source: source.kind, key: b.key }));
  }
  for (const run of runs) {
    // Queued runs beat too: waiting behind other crawls is not being abandoned.
    const release = holdCrawlRuns(db, [run.id]);
    void queue
      .add(async () => {
        const summary = await fetchAndComplete({ db, source, run });
        if (summary.anomalyIds.length > 0) await requestDelivery({ workspaceId: run.workspaceId });
      })
      .catch((err) => console.error(`[crawl] background crawl ${run.id} failed:`, err))
      .finally(release);
  }
  return { crawlRunIds: runs.map((r) => r.id) };
}

/** Resolves when every queued background crawl has finished (tests, and a graceful stop). */
export function backgroundCrawlsIdle(): Promise<void> {
  return queue.onIdle();
}
