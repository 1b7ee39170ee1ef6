import type { DbClient } from "@/lib/db/client";
import type { CrawlTrigger } from "@/lib/generated/prisma/enums";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { ProductSource } from "@/lib/sources/types";
import { withCrawlHeartbeat } from "@/lib/crawl/crawl-heartbeat";
import { failCrawlRun, startCrawlRun, type CrawlRunRef } from "@/lib/crawl/start-crawl-run";
import { completeCrawlRun, type CrawlSummary } from "@/lib/crawl/complete-crawl-run";

// One crawl of one batch, start to finish, in this process: what "Refresh now", the embedded
// scheduler and `npm run crawl` use. The Inngest batch function runs the same parts as steps.
export async function runCrawl({
  db,
  source,
  workspaceId,
  marketplace,
  asins,
  trigger,
  key,
  now = new Date(),
}: {
  db: DbClient;
  source: ProductSource;
  workspaceId: string;
  marketplace: MarketplaceCode;
  asins: string[];
  trigger: CrawlTrigger;
  key?: string;
  now?: Date;
}): Promise<CrawlSummary> {
  const run = await startCrawlRun({ db, workspaceId, marketplace, asins, trigger, source: source.kind, key });
  return fetchAndComplete({ db, source, run, now });
}

/** The part after the run record exists: fetch from the source and store, with a heartbeat. */
export async function fetchAndComplete({ db, source, run, now = new Date() }: { db: DbClient; source: ProductSource; run: CrawlRunRef; now?: Date }): Promise<CrawlSummary> {
  if (run.done || run.busy) return summaryOf(db, run.id, run.workspaceId);
  return withCrawlHeartbeat(db, run.id, async () => {
    try {
      const result = await source.fetch({ marketplace: run.marketplace, asins: run.asins, now });
      return await completeCrawlRun({ db, run, result, now });
    } catch (err) {
      await failCrawlRun({ db, run, error: err instanceof Error ? err.message : String(err) });
      throw err;
    }
  });
}

async function summaryOf(db: DbClient, crawlRunId: string, workspaceId: string): Promise<CrawlSummary> {
  const run = await db.crawlRun.findFirstOrThrow({ where: { id: crawlRunId, workspaceId } });
  return {
    crawlRunId,
    status: run.status === "succeeded" || run.status === "partial" ? run.status : "failed",
    asinsAsked: run.asinsAsked.length,
    readingsStored: run.readingsStored,
    failures: run.failures as CrawlSummary["failures"],
    // A finished run already detected (and stored) its anomalies the first time.
    anomalyIds: [],
  };
}
