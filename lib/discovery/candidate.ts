import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

/** One product in a keyword search's results. */
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

export type KeywordSearch = (opts: { marketplace: MarketplaceCode; keyword: string }) => Promise<{ candidates: Candidate[]; isDemo: boolean }>;
