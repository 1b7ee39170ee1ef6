import type { DbClient } from "@/lib/db/client";
import type { ProductSource } from "@/lib/sources/types";
import { interruptStaleCrawlRuns } from "@/lib/crawl/crawl-heartbeat";
import { findDueBatches } from "@/lib/crawl/find-due-batches";
import { runCrawl } from "@/lib/crawl/crawl-batch";

export type DueCrawlSummary = {
  batches: number;
  asins: number;
  readingsStored: number;
  failedReads: number;
  failedBatches: number;
  interruptedRuns: number;
  alerts: number;
  /** Workspaces whose crawls found alerts: the caller asks the delivery worker for them. */
  workspacesWithAlerts: string[];
};

/**
 * The crawl job in one process (the embedded scheduler's tick and `npm run crawl`): clear the
 * runs that dead processes left behind, then crawl every due batch one after the other. The
 * alerts they found wait in the outbox for the delivery job (the caller asks for it, see
 * `workspacesWithAlerts`), so a slow receiver never holds up the crawls. A batch that throws is recorded on its run and the others go
 * on. Inngest does the same with the same parts, fanned out as events.
 */
export async function runDueCrawls({
  db,
  source,
  batchSize,
  now = new Date(),
  tick = now,
}: {
  db: DbClient;
  source: ProductSource;
  batchSize: number;
  now?: Date;
  tick?: Date;
}): Promise<DueCrawlSummary> {
  const interruptedRuns = await interruptStaleCrawlRuns({ db, now });
  const batches = await findDueBatches({ db, now, batchSize, tick });
  const summary: DueCrawlSummary = { batches: batches.length, asins: 0, readingsStored: 0, failedReads: 0, failedBatches: 0, interruptedRuns, alerts: 0, workspacesWithAlerts: [] };
  for (const b of batches) {
    summary.asins += b.asins.length;
    try {
      const s = await runCrawl({ db, source, workspaceId: b.workspaceId, marketplace: b.marketplace, asins: b.asins, trigger: "scheduled", key: b.key, now });
      summary.readingsStored += s.readingsStored;
      summary.failedReads += s.failures.length;
      summary.alerts += s.anomalyIds.length;
      if (s.anomalyIds.length > 0 && !summary.workspacesWithAlerts.includes(b.workspaceId)) summary.workspacesWithAlerts.push(b.workspaceId);
      if (s.status === "failed") summary.failedBatches++;
    } catch (err) {
      summary.failedBatches++;
      console.error(`[crawl] batch ${b.key} of workspace ${b.workspaceId} failed:`, err);
    }
  }
  return summary;
}
