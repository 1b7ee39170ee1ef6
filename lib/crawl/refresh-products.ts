import type { DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { FailedReadReason, ProductSource } from "@/lib/sources/types";
import { planBatches } from "@/lib/crawl/plan-batches";
import { runCrawl } from "@/lib/crawl/crawl-batch";

export type RefreshSummary = {
  products: number;
  readingsStored: number;
  crawlRunIds: string[];
  failures: Array<{ asin: string; marketplace: MarketplaceCode; reason: FailedReadReason }>;
  /** Anomalies these crawls detected: their deliveries can be attempted at once. */
  anomalyIds: string[];
};

// "Refresh now": the same crawl pipeline as the schedule, run directly for the chosen
// products (one batch per marketplace and batch size), so it works with no Inngest server.
export async function refreshProducts({
  db,
  source,
  batchSize,
  workspaceId,
  productIds,
  now = new Date(),
}: {
  db: DbClient;
  source: ProductSource;
  batchSize: number;
  workspaceId: string;
  productIds: string[];
  now?: Date;
}): Promise<RefreshSummary> {
  const products = await db.product.findMany({
    where: { workspaceId, id: { in: productIds } },
    select: { asin: true, marketplace: true },
  });
  if (products.length === 0) throw new AppError("NOT_FOUND");

  const batches = planBatches(
    products.map((p) => ({ workspaceId, marketplace: p.marketplace, asin: p.asin })),
    batchSize,
    () => "",
  );
  const summary: RefreshSummary = { products: products.length, readingsStored: 0, crawlRunIds: [], failures: [], anomalyIds: [] };
  for (const { marketplace, asins } of batches) {
    const result = await runCrawl({ db, source, workspaceId, marketplace, asins, trigger: "manual", now });
    summary.readingsStored += result.readingsStored;
    summary.crawlRunIds.push(result.crawlRunId);
    summary.anomalyIds.push(...result.anomalyIds);
    summary.failures.push(...result.failures.map((f) => ({ asin: f.asin, marketplace, reason: f.reason })));
  }
  return summary;
}
