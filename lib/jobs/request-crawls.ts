import { planBatches, type CrawlTarget } from "@/lib/crawl/plan-batches";
import type { DbClient } from "@/lib/db/client";
import { readEnv } from "@/lib/config/env";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { ConfiguredSource } from "@/lib/sources/get-source";
import { crawlInBackground } from "@/lib/jobs/background-crawls";
import { crawlBatchRequested, productsAdded } from "@/lib/jobs/events";
import { inngest } from "@/lib/jobs/inngest-client";

export type CrawlRequest = {
  db: DbClient;
  source: ConfiguredSource;
  workspaceId: string;
  targets: Array<Pick<CrawlTarget, "marketplace" | "asin">>;
  /** new_product: first readings after adding; manual: "Refresh all". */
  trigger: "new_product" | "manual";
  requestedAt: Date;
};

// Crawls asked for by a person that must not make them wait: with Inngest configured they go
// out as events (the existing products/added event for new products); on the embedded
// default they run in this process in the background. Either way the answer comes at once.
// Returns false when the crawls could not be requested (Inngest did not take the events):
// adding products must never fail because a scheduler is down.
export async function requestCrawls({ db, source, workspaceId, targets, trigger, requestedAt }: CrawlRequest): Promise<boolean> {
  if (targets.length === 0) return true;
  const at = requestedAt.toISOString();
  const batches = planBatches(
    targets.map((t) => ({ ...t, workspaceId })),
    source.batchSize,
    (marketplace, i) => `${trigger === "new_product" ? "new" : "manual"}:${marketplace}:${at}:${i}`,
  );
  if (readEnv().scheduler === "embedded") {
    await crawlInBackground({ db, source: source.source, batches, trigger });
    return true;
  }
  try {
    if (trigger === "new_product") {
      const byMarketplace = new Map<MarketplaceCode, string[]>();
      for (const b of batches) byMarketplace.set(b.marketplace, [...(byMarketplace.get(b.marketplace) ?? []), ...b.asins]);
      await inngest.send([...byMarketplace].map(([marketplace, asins]) => productsAdded.create({ workspaceId, marketplace, asins, addedAt: at })));
    } else {
      await inngest.send(
        batches.map((b) => crawlBatchRequested.create({ workspaceId, marketplace: b.marketplace, asins: b.asins, trigger, key: b.key }, { id: `${workspaceId}:${b.key}` })),
      );
    }
    return true;
  } catch (err) {
    console.warn(`[crawl] could not request crawls from Inngest: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}
