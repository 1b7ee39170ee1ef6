import type { ApifyClient, ActorRun } from "apify-client";
import { marketplaces, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { classifyApifyItem } from "@/lib/sources/apify/classify-apify-item";
import { describeUnfinishedRun, errorMessage, listAllItems, SUCCEEDED } from "@/lib/sources/apify/apify-run";
import { normaliseApifyItem } from "@/lib/sources/apify/normalise-apify-item";
import type { Candidate, KeywordSearch } from "@/lib/sources/types";

/** The storefront's own search page for a keyword, which the actor reads like a category page. */
function searchUrl(marketplace: MarketplaceCode, keyword: string): string {
  return `https://www.${marketplaces[marketplace].domain}/s?k=${encodeURIComponent(keyword.trim()).replace(/%20/g, "+")}`;
}

/** `junglee/amazon-crawler` input for one search page's results (the first page is what shoppers see). */
function buildSearchActorInput(marketplace: MarketplaceCode, keyword: string, maxResults: number) {
  return {
    categoryOrProductUrls: [{ url: searchUrl(marketplace, keyword) }],
    maxItemsPerStartUrl: maxResults,
    maxSearchPagesPerStartUrl: 1,
    maxProductVariantsAsSeparateResults: 0,
    maxOffers: 0,
    // Ranks are hidden after a solved captcha; the BSR is one of the columns we show.
    useCaptchaSolver: false,
    proxyCountry: "AUTO_SELECT_PROXY_COUNTRY",
    // Search results differ by delivery location: set it on search pages too.
    locationDeliverableRoutes: ["PRODUCT", "SEARCH"],
  };
}

class ApifySearchError extends Error {
  constructor(message: string, readonly runId?: string) {
    super(message);
    this.name = "ApifySearchError";
  }
}

export type SkippedItem = { index: number; reason: string };

/**
 * Items in dataset order become candidates ranked 1..n. Error records, blocked pages and items
 * that fail validation (no title, a bad price, no ASIN) are skipped and listed; a repeated ASIN
 * (e.g. a sponsored slot) keeps its first, higher position.
 */
function normaliseSearchItems(items: readonly unknown[], marketplace: MarketplaceCode): { candidates: Candidate[]; skipped: SkippedItem[] } {
  const candidates: Candidate[] = [];
  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of items.entries()) {
    // A robot check or error page in the results is not a competitor: the same classifier as
    // the product crawl decides what an item is.
    const parsed = classifyApifyItem(raw, { marketplace });
    if (parsed.kind !== "product") {
      skipped.push({ index, reason: `${parsed.kind}: ${parsed.detail}` });
      continue;
    }
    const asin = (parsed.item.asin ?? parsed.item.originalAsin ?? "").trim().toUpperCase();
    if (!/^[A-Z0-9]{10}$/.test(asin)) {
      skipped.push({ index, reason: "asin: missing or not an ASIN" });
      continue;
    }
    if (seen.has(asin)) continue;
    seen.add(asin);
    const reading = normaliseApifyItem({ item: parsed.item, marketplace, asin, capturedAt: new Date(0) });
    candidates.push({
      asin,
      marketplace,
      position: candidates.length + 1,
      title: reading.listing.title,
      brand: reading.listing.brand,
      imageUrl: reading.listing.images[0] ?? null,
      currency: reading.currency,
      price: reading.price,
      bsr: reading.bsr,
      rating: reading.rating,
      reviewCount: reading.reviewCount,
    });
  }
  return { candidates, skipped };
}

export type ApifySearchOptions = {
  client: ApifyClient;
  actorId: string;
  maxResults?: number;
  runTimeoutSecs?: number;
  /** Told about items that could not be used (logged in production). */
  onSkipped?: (skipped: SkippedItem[], context: { marketplace: MarketplaceCode; keyword: string; runId: string }) => void;
};

export function createApifySearch({ client, actorId, maxResults = 48, runTimeoutSecs = 600, onSkipped }: ApifySearchOptions): KeywordSearch {
  return async ({ marketplace, keyword }) => {
    let run: ActorRun;
    try {
      run = await client.actor(actorId).start(buildSearchActorInput(marketplace, keyword, maxResults), { timeout: runTimeoutSecs, maxItems: maxResults });
      run = await client.run(run.id).waitForFinish({ waitSecs: runTimeoutSecs + 120 });
    } catch (error) {
      throw new ApifySearchError(`Apify search for "${keyword}" could not run: ${errorMessage(error)}`);
    }
    // Items of a FAILED/TIMED-OUT run are an unknown part of the page: no partial results.
    if (run.status !== SUCCEEDED) throw new ApifySearchError(`Apify search for "${keyword}" failed: ${describeUnfinishedRun(run)}`, run.id);
    const items = await listAllItems(client, run.defaultDatasetId);
    const { candidates, skipped } = normaliseSearchItems(items, marketplace);
    if (skipped.length > 0) onSkipped?.(skipped, { marketplace, keyword, runId: run.id });
    return { candidates, isDemo: false };
  };
}
