import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { ProductReading } from "@/lib/sources/types";

/** A plausible good reading for tests; override what the test is about. */
export function reading(asin: string, capturedAt: string | Date, overrides: Partial<ProductReading> = {}, marketplace: MarketplaceCode = "US"): ProductReading {
  return {
    asin,
    marketplace,
    capturedAt: new Date(capturedAt),
    currency: "USD",
    price: 100,
    listPrice: null,
    buyBoxPrice: 100,
    bsr: 1000,
    bsrCategory: "Electronics",
    bsrRanks: [{ rank: 1000, category: "Electronics" }],
    rating: 4.5,
    reviewCount: 500,
    inStock: true,
    availabilityText: "In Stock",
    buyBoxSellerId: "SELLER1",
    buyBoxSellerName: "Brand Store",
    listing: { title: `Product ${asin}`, brand: "Brand", bullets: ["One", "Two"], images: ["a.jpg"], categoryPath: ["Electronics"] },
    isDemo: false,
    ...overrides,
  };
}
