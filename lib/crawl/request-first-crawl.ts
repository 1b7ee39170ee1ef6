import { inngest } from "@/inngest/client";
import { productsAdded } from "@/inngest/events";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

/** Whether an Inngest server is configured to take events (dev server or cloud keys). */
export function isInngestConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.INNGEST_DEV || env.INNGEST_EVENT_KEY);
}

// New products get their first crawl through Inngest when it is there. Without it (or when
// it does not answer) they simply wait for "Refresh now" or `npm run crawl`: adding products
// must never fail because a scheduler is down.
export async function requestFirstCrawl({
  workspaceId,
  byMarketplace,
  addedAt,
}: {
  workspaceId: string;
  byMarketplace: Map<MarketplaceCode, string[]>;
  addedAt: Date;
}): Promise<boolean> {
  if (!isInngestConfigured() || byMarketplace.size === 0) return false;
  try {
    await inngest.send(
      [...byMarketplace].map(([marketplace, asins]) =>
        productsAdded.create({ workspaceId, marketplace, asins, addedAt: addedAt.toISOString() }),
      ),
    );
    return true;
  } catch (err) {
    console.warn(`[crawl] could not request first crawls from Inngest: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}
