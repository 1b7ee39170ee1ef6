import { enqueueDeliveries } from "@/lib/alerts/enqueue-deliveries";
import { detectGroupAnomalies } from "@/lib/anomalies/detect-group-anomalies";
import { detectProductAnomalies } from "@/lib/anomalies/detect-product-anomalies";
import { insertAnomalies } from "@/lib/anomalies/insert-anomalies";
import { readWorkspaceSettings } from "@/lib/anomalies/thresholds";
import type { CrawlRunRef } from "@/lib/crawl/start-crawl-run";
import type { Db, DbClient } from "@/lib/db/client";
import { storeReadings } from "@/lib/ingest/store-readings";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { FailedRead, FetchResult, ProductReading } from "@/lib/sources/types";

export type CrawlSummary = {
  crawlRunId: string;
  status: "succeeded" | "partial" | "failed";
  asinsAsked: number;
  readingsStored: number;
  failures: FailedRead[];
  /** Anomalies detected by this crawl (their pending deliveries were written with them). */
  anomalyIds: string[];
};

export type IngestResult = {
  readingsStored: number;
  listingVersionsCreated: number;
  unknownAsins: string[];
  /** Readings refused as failed reads (a page that loaded nothing), recorded like the others. */
  rejected: FailedRead[];
  /** Anomalies this ingest detected (new rows only), each with its pending deliveries. */
  anomalyIds: string[];
};

/**
 * What happens after a crawl, in one transaction and in this order, so readings, events and
 * pending deliveries are stored together or not at all:
 *   1. store the readings and failed reads (lib/ingest/store-readings.ts),
 *   2. detect per-product and group-relative candidates (lib/anomalies/detect-*-anomalies.ts: read, never write),
 *   3. insert the anomalies once (lib/anomalies/insert-anomalies.ts),
 *   4. enqueue their deliveries once (lib/alerts/enqueue-deliveries.ts).
 * Idempotent: ingesting the same readings again stores and detects nothing new.
 * `notify: false` stores the anomalies without queueing deliveries: history written in bulk
 * (the demo workspace's 180 days) is history, not news. With `notify`, only events at or after
 * `freshSince` are delivered (default: when the crawl run started, or now without a run), so
 * old readings fed in late never email anyone.
 */
export async function ingestReadings({
  db,
  workspaceId,
  marketplace,
  crawlRunId = null,
  readings,
  failures = [],
  failedAt = new Date(),
  notify = true,
  freshSince,
}: {
  db: DbClient;
  workspaceId: string;
  marketplace: MarketplaceCode;
  crawlRunId?: string | null;
  readings: ProductReading[];
  failures?: FailedRead[];
  failedAt?: Date;
  notify?: boolean;
  freshSince?: Date;
}): Promise<IngestResult> {
  return db.$transaction(
    async (tx: Db) => {
      const stored = await storeReadings({ db: tx, workspaceId, marketplace, crawlRunId, readings, failures, failedAt });
      const settings = stored.forward.length === 0 ? null : await loadWorkspaceSettings(tx, workspaceId);
      const candidates = settings
        ? [
            ...(await detectProductAnomalies({ db: tx, workspaceId, settings, readings: stored.forward, before: stored.before })),
            ...(await detectGroupAnomalies({ db: tx, workspaceId, settings, productIds: [...new Set(stored.forward.map((r) => r.productId))] })),
          ]
        : [];
      const anomalies = await insertAnomalies(tx, workspaceId, candidates);
      if (notify && anomalies.length > 0) {
        const started = await crawlStart(tx, crawlRunId);
        // `failedAt` is this ingest's clock (the crawl's end): the earlier of the two keeps a
        // run retried under its old record, or a caller's own clock, from hiding real events.
        const since = freshSince ?? new Date(Math.min(started?.getTime() ?? Number.POSITIVE_INFINITY, failedAt.getTime()));
        await enqueueDeliveries({ db: tx, workspaceId, anomalies, freshSince: since });
      }
      return {
        readingsStored: stored.readingsStored,
        listingVersionsCreated: stored.listingVersionsCreated,
        unknownAsins: stored.unknownAsins,
        rejected: stored.rejected,
        anomalyIds: anomalies.map((a) => a.id),
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function crawlStart(db: Db, crawlRunId: string | null): Promise<Date | null> {
  if (!crawlRunId) return null;
  const run = await db.crawlRun.findUnique({ where: { id: crawlRunId }, select: { startedAt: true } });
  return run?.startedAt ?? null;
}

async function loadWorkspaceSettings(db: Db, workspaceId: string) {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { alertThresholds: true } });
  return readWorkspaceSettings(workspace?.alertThresholds);
}

/** Stores what the source returned and closes the run record, in that order. */
export async function completeCrawlRun({
  db,
  run,
  result,
  now,
}: {
  db: DbClient;
  run: CrawlRunRef;
  result: FetchResult;
  now: Date;
}): Promise<CrawlSummary> {
  const ingest = await ingestReadings({
    db,
    workspaceId: run.workspaceId,
    marketplace: run.marketplace,
    crawlRunId: run.id,
    readings: result.readings,
    failures: result.failures,
    failedAt: now,
  });
  // Readings the ingest refused (a page that loaded nothing) are failed reads like the rest.
  const failures = [...result.failures, ...ingest.rejected];
  // A reading for a product removed meanwhile is not an error of the crawl; it is dropped.
  const readingsOk = result.readings.length - ingest.unknownAsins.length - ingest.rejected.length;
  const status = failures.length === 0 ? "succeeded" : readingsOk > 0 ? "partial" : "failed";
  const costs = result.runs.map((r) => r.costUsd).filter((c): c is number => c !== null);
  await db.crawlRun.updateMany({
    where: { id: run.id, workspaceId: run.workspaceId },
    data: {
      status,
      readingsStored: { increment: ingest.readingsStored },
      failures,
      sourceRunIds: result.runs.map((r) => r.id),
      costUsd: costs.length > 0 ? costs.reduce((a, b) => a + b, 0) : null,
      finishedAt: new Date(),
    },
  });
  return { crawlRunId: run.id, status, asinsAsked: run.asins.length, readingsStored: ingest.readingsStored, failures, anomalyIds: ingest.anomalyIds };
}

/** Step results cross a JSON boundary in Inngest: dates come back as strings. */
export function reviveFetchResult(json: unknown): FetchResult {
  const result = json as FetchResult;
  return { ...result, readings: result.readings.map((r) => ({ ...r, capturedAt: new Date(r.capturedAt) })) };
}
