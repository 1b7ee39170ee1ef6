import { deliverPendingAlerts } from "@/lib/alerts/deliver-pending-alerts";
import type { MailTransport } from "@/lib/alerts/mail-transport";
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
};

/**
 * The crawl job in one process (the embedded scheduler's tick and `npm run crawl`): clear the
 * runs that dead processes left behind, then crawl every due batch one after the other, then
 * send the alerts they found. A batch that throws is recorded on its run and the others go
 * on. Inngest does the same with the same parts, fanned out as events.
 */
export async function runDueCrawls({
  db,
  source,
  batchSize,
  transport,
  now = new Date(),
  tick = now,
}: {
  db: DbClient;
  source: ProductSource;
  batchSize: number;
  transport: MailTransport | null;
  now?: Date;
  tick?: Date;
}): Promise<DueCrawlSummary> {
  const interruptedRuns = await interruptStaleCrawlRuns({ db, now });
  const batches = await findDueBatches({ db, now, batchSize, tick });
  const summary: DueCrawlSummary = { batches: batches.length, asins: 0, readingsStored: 0, failedReads: 0, failedBatches: 0, interruptedRuns, alerts: 0 };
  for (const b of batches) {
    summary.asins += b.asins.length;
    try {
      const s = await runCrawl({ db, source, workspaceId: b.workspaceId, marketplace: b.marketplace, asins: b.asins, trigger: "scheduled", key: b.key, now });
      summary.readingsStored += s.readingsStored;
      summary.failedReads += s.failures.length;
      summary.alerts += s.anomalyIds.length;
      if (s.status === "failed") summary.failedBatches++;
    } catch (err) {
      summary.failedBatches++;
      console.error(`[crawl] batch ${b.key} of workspace ${b.workspaceId} failed:`, err);
    }
  }
  if (summary.alerts > 0) await deliverPendingAlerts({ db, now: new Date(), transport, limit: 500 });
  return summary;
}
