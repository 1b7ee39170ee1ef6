import { cron } from "inngest";
import { readEnv } from "@/lib/config/env";
import { interruptStaleCrawlRuns } from "@/lib/crawl/crawl-heartbeat";
import { findDueBatches } from "@/lib/crawl/find-due-batches";
import type { Db } from "@/lib/db/client";
import { crawlBatchRequested } from "@/lib/jobs/events";
import { inngest } from "@/lib/jobs/inngest-client";
import { recordedJob } from "@/inngest/functions/recorded-job";

export type CrawlDeps = { getDb: () => Promise<Db>; batchSize: () => number; now?: () => Date };

// The schedule: every tick clears runs that dead processes left behind, finds due products
// and fans out one event per workspace × marketplace × batch. Event ids are the batch keys,
// so a repeated tick sends nothing new. CRAWL_CRON sets the time (default: every hour at
// minute 5; daily products are due once a day, hourly ones every tick, failed reads sooner).
export function createScheduledCrawl(deps: CrawlDeps, schedule = readEnv().schedules.crawl.expression) {
  return inngest.createFunction({ id: "scheduled-crawl", triggers: [cron(schedule)], concurrency: { limit: 1 } }, async ({ event, step }) =>
    recordedJob({ step, event, getDb: deps.getDb, job: "crawl" }, async () => {
      const batches = await step.run("find-due-batches", async () => {
        const db = await deps.getDb();
        const now = deps.now?.() ?? new Date();
        await interruptStaleCrawlRuns({ db, now });
        // The tick (to the minute) names the batches: a replayed tick finds the same keys.
        const tick = typeof event.ts === "number" ? new Date(Math.floor(event.ts / 60_000) * 60_000) : now;
        return findDueBatches({ db, now, batchSize: deps.batchSize(), tick });
      });
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
    }),
  );
}
