import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

// What every source (Apify, demo) returns: normalised readings in ASIN Radar's own terms,
// never the raw shape of a particular scraper.

type BestSellerRank = { rank: number; category: string };

export type ListingContent = {
  title: string | null;
  brand: string | null;
  bullets: string[];
  images: string[];
  /** Root category first, e.g. ["Electronics", "Headphones", "Earbuds"]. */
  categoryPath: string[];
};

export type ProductReading = {
  /** The ASIN that was asked for (Apify's `originalAsin`), which is how products are joined. */
  asin: string;
  marketplace: MarketplaceCode;
  /** When the source read the page. */
  capturedAt: Date;
  /** ISO 4217 code, from the marketplace. */
  currency: string;
  price: number | null;
  listPrice: number | null;
  buyBoxPrice: number | null;
  /** Main BSR: the rank in the root category (lower is better), and that category's name. */
  bsr: number | null;
  bsrCategory: string | null;
  bsrRanks: BestSellerRank[];
  rating: number | null;
  reviewCount: number | null;
  inStock: boolean | null;
  availabilityText: string | null;
  buyBoxSellerId: string | null;
  buyBoxSellerName: string | null;
  listing: ListingContent;
  /** True for the simulated demo market: shown as demo everywhere. */
  isDemo: boolean;
};

export type FailedReadReason =
  | "blocked" // a robot check, sign-in wall or error page came back instead of the product: retry later
  | "not_found" // the page says the product does not exist
  | "invalid" // came back in a shape that failed validation, or from another storefront
  | "missing" // asked for, but nothing came back
  | "run_failed"; // the whole run failed (FAILED, TIMED-OUT, ABORTED) or could not start

export type FailedRead = { asin: string; reason: FailedReadReason; detail: string };

export type SourceRun = {
  /** Apify run id (or a deterministic id for the demo source). */
  id: string;
  status: string;
  costUsd: number | null;
  asins: string[];
};

export type FetchResult = { readings: ProductReading[]; failures: FailedRead[]; runs: SourceRun[] };

export type FetchRequest = { marketplace: MarketplaceCode; asins: string[]; now?: Date };

/** One product in a keyword search's results, in its position on the search page. */
export type Candidate = {
  asin: string;
  marketplace: MarketplaceCode;
  position: number;
  title: string | null;
  brand: string | null;
  imageUrl: string | null;
  currency: string | null;
  price: number | null;
  bsr: number | null;
  rating: number | null;
  reviewCount: number | null;
};

type SearchRequest = { marketplace: MarketplaceCode; keyword: string };
type SearchResult = { candidates: Candidate[]; isDemo: boolean };
export type KeywordSearch = (request: SearchRequest) => Promise<SearchResult>;

/**
 * Where product data comes from (Apify, or the simulated demo market): product pages by ASIN,
 * and a storefront's search results by keyword, both in ASIN Radar's own terms.
 */
export interface ProductSource {
  readonly kind: "apify" | "demo";
  fetch(request: FetchRequest): Promise<FetchResult>;
  search: KeywordSearch;
}
