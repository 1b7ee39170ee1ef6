import { withCrawlHeartbeat } from "@/lib/crawl/crawl-heartbeat";
import { startCrawlRun } from "@/lib/crawl/start-crawl-run";
import { completeCrawlRun, reviveFetchResult } from "@/lib/crawl/complete-crawl-run";
import type { DbClient } from "@/lib/db/client";
import { alertDeliveriesRequested, crawlBatchRequested } from "@/lib/jobs/events";
import { inngest } from "@/lib/jobs/inngest-client";
import type { ProductSource } from "@/lib/sources/types";

export type CrawlBatchDeps = { getDb: () => Promise<DbClient>; getSource: () => ProductSource; now?: () => Date };

// Fetch, then store, as separate steps: if storing fails and is retried, the paid Apify run
// is not repeated (the fetch step's result is memoised). Few batches run at once (Apify
// plans cap concurrent runs) and at most one per workspace × marketplace.
export function createCrawlBatch(deps: CrawlBatchDeps) {
  return inngest.createFunction(
    {
      id: "crawl-batch",
      triggers: [crawlBatchRequested],
      concurrency: [{ limit: 4 }, { limit: 1, key: "event.data.workspaceId + '-' + event.data.marketplace" }],
      retries: 3,
    },
    async ({ event, step }) => {
      const { workspaceId, asins, trigger, key } = event.data;
      const { marketplace } = event.data;
      const source = deps.getSource();

      const run = await step.run("start-crawl-run", async () =>
        startCrawlRun({ db: await deps.getDb(), workspaceId, marketplace, asins, trigger, source: source.kind, key }),
      );
      if (run.done || run.busy) return { crawlRunId: run.id, skipped: true };

      const fetchedAt = await step.run("clock", () => (deps.now?.() ?? new Date()).toISOString());
      // The run's heartbeat is kept while the source works (an Apify run can take minutes), so
      // the schedule neither marks it interrupted nor crawls its products again meanwhile.
      const fetched = await step.run("fetch-readings", async () =>
        withCrawlHeartbeat(await deps.getDb(), run.id, () => source.fetch({ marketplace, asins: run.asins, now: new Date(fetchedAt) })),
      );
      const summary = await step.run("store-readings", async () =>
        completeCrawlRun({ db: await deps.getDb(), run, result: reviveFetchResult(fetched), now: new Date(fetchedAt) }),
      );
      // Alerts found in this batch are already in the outbox; ask for delivery now rather than
      // at the next safety-net tick. The id makes a retried function ask only once.
      if (summary.anomalyIds.length > 0) {
        await step.sendEvent("request-alert-delivery", alertDeliveriesRequested.create({ workspaceId }, { id: `deliver-after-${run.id}` }));
      }
      return { ...summary, failures: summary.failures.length, anomalies: summary.anomalyIds.length };
    },
  );
}
