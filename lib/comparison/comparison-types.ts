import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

// The contract between the numeric comparison (lib/groups, computed in code) and everything
// that presents or explains it (the group page, rule-based findings, the LLM report). The
// LLM receives this object and must never be asked to compute any of it.

export type ComparisonMember = {
  productId: string;
  asin: string;
  title: string | null;
  brand: string | null;
  role: "main" | "competitor";
  kind: "own" | "competitor";
  currency: string | null;
  price: number | null;
  buyBoxPrice: number | null;
  /** (price − main price) / main price; 0 for the main product; null when either is missing. */
  priceGapPct: number | null;
  bsr: number | null;
  bsrCategory: string | null;
  /** 1 = best (lowest) BSR within the group; null without a BSR. */
  bsrRankInGroup: number | null;
  rating: number | null;
  reviewCount: number | null;
  /** New reviews per day over the last 7 and 30 days (null without enough history). */
  reviewVelocity7d: number | null;
  reviewVelocity30d: number | null;
  inStock: boolean | null;
  /** Days since the listing content last changed (null if unknown). */
  listingAgeDays: number | null;
  lastReadingAt: string | null;
  bullets: string[];
};

export type FeatureComparison = {
  /** Points competitors make that the main product's bullets do not (with who makes them). */
  missingFromMain: Array<{ feature: string; competitors: string[] }>;
  /** Points only the main product makes. */
  uniqueToMain: string[];
  /** Points shared by the main product and at least one competitor. */
  shared: Array<{ feature: string; competitors: string[] }>;
};

export type Finding = {
  kind: "largest_price_gap" | "worst_rank_gap" | "fastest_growing_competitor" | "missing_features";
  /** Message key under `groups.findings` with display-ready values. */
  key: string;
  values: Record<string, string | number>;
  productId?: string;
};

export type GroupComparison = {
  groupId: string;
  groupName: string;
  marketplace: MarketplaceCode;
  computedAt: string;
  main: ComparisonMember;
  competitors: ComparisonMember[];
  features: FeatureComparison;
  findings: Finding[];
};
