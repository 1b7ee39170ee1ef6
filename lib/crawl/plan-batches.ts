import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

export type CrawlBatch = { workspaceId: string; marketplace: MarketplaceCode; asins: string[]; key: string };
export type CrawlTarget = { workspaceId: string; marketplace: MarketplaceCode; asin: string };

/**
 * Cuts products into crawl batches: one workspace × marketplace per batch (one storefront per
 * Apify run keeps the proxy country and currency right) and at most `batchSize` ASINs (Apify
 * bills per run: many ASINs per run, never one run per product). ASINs are sorted, so the same
 * products always make the same batches; `keyOf` names each batch for idempotency.
 */
export function planBatches(targets: readonly CrawlTarget[], batchSize: number, keyOf: (marketplace: MarketplaceCode, index: number) => string): CrawlBatch[] {
  const groups = new Map<string, { workspaceId: string; marketplace: MarketplaceCode; asins: Set<string> }>();
  for (const t of targets) {
    const id = `${t.workspaceId}|${t.marketplace}`;
    const group = groups.get(id) ?? { workspaceId: t.workspaceId, marketplace: t.marketplace, asins: new Set<string>() };
    group.asins.add(t.asin);
    groups.set(id, group);
  }
  const batches: CrawlBatch[] = [];
  for (const g of [...groups.values()].sort((x, y) => `${x.workspaceId}|${x.marketplace}`.localeCompare(`${y.workspaceId}|${y.marketplace}`))) {
    const asins = [...g.asins].sort();
    for (let i = 0; i * batchSize < asins.length; i++) {
      batches.push({ workspaceId: g.workspaceId, marketplace: g.marketplace, asins: asins.slice(i * batchSize, (i + 1) * batchSize), key: keyOf(g.marketplace, i) });
    }
  }
  return batches;
}
