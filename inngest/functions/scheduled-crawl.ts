import { cron } from "inngest";
import { findDueBatches } from "@/lib/crawl/find-due-batches";
import type { Db } from "@/lib/db/client";
import { inngest } from "../client";
import { crawlBatchRequested } from "../events";

export type CrawlDeps = { getDb: () => Promise<Db>; batchSize: () => number; now?: () => Date };

// The schedule: every tick finds due products and fans out one event per
// workspace × marketplace × batch. Event ids are the batch keys, so a repeated tick sends
// nothing new. CRAWL_CRON sets the time (default: every hour at minute 5; daily products
// are due once a day, hourly ones every tick).
export function createScheduledCrawl(deps: CrawlDeps, schedule = process.env.CRAWL_CRON || "TZ=UTC 5 * * * *") {
  return inngest.createFunction(
    { id: "scheduled-crawl", triggers: [cron(schedule)], concurrency: { limit: 1 } },
    async ({ step }) => {
      const batches = await step.run("find-due-batches", async () =>
        findDueBatches({ db: await deps.getDb(), now: deps.now?.() ?? new Date(), batchSize: deps.batchSize() }),
      );
      if (batches.length === 0) return { batches: 0, asins: 0 };
      await step.sendEvent(
        "fan-out-batches",
        batches.map((b) =>
          crawlBatchRequested.create(
            { workspaceId: b.workspaceId, marketplace: b.marketplace, asins: b.asins, trigger: "scheduled", key: b.key },
            { id: `${b.workspaceId}:${b.key}` },
          ),
        ),
      );
      return { batches: batches.length, asins: batches.reduce((n, b) => n + b.asins.length, 0) };
    },
  );
}
