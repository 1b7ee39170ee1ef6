import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

/** What lists, pickers and labels show of a product; one select so they all agree. */
export const productSummarySelect = { id: true, asin: true, marketplace: true, title: true, brand: true, kind: true, imageUrl: true } as const;

export type ProductSummary = {
  id: string;
  asin: string;
  marketplace: MarketplaceCode;
  title: string | null;
  brand: string | null;
  kind: "own" | "competitor";
  imageUrl: string | null;
};
