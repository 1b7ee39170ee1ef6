import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { marketplaces } from "@/lib/marketplaces/marketplaces";
import type { ProductReading } from "@/lib/sources/types";

const DAY = 86_400_000;

export type ReadingShape = Partial<Pick<ProductReading, "price" | "buyBoxPrice" | "bsr" | "bsrCategory" | "rating" | "reviewCount" | "inStock" | "currency">> & {
  title?: string;
};

/** One reading with plain, predictable values; override what the test is about. */
export function syntheticReading(asin: string, marketplace: MarketplaceCode, capturedAt: Date, shape: ReadingShape = {}): ProductReading {
  const title = shape.title ?? `Product ${asin}`;
  return {
    asin,
    marketplace,
    capturedAt,
    currency: shape.currency ?? marketplaces[marketplace].currency,
    price: shape.price === undefined ? 20 : shape.price,
    listPrice: null,
    buyBoxPrice: shape.buyBoxPrice === undefined ? (shape.price === undefined ? 20 : shape.price) : shape.buyBoxPrice,
    bsr: shape.bsr === undefined ? 1000 : shape.bsr,
    bsrCategory: shape.bsrCategory === undefined ? "Electronics" : shape.bsrCategory,
    bsrRanks: [],
    rating: shape.rating === undefined ? 4.5 : shape.rating,
    reviewCount: shape.reviewCount === undefined ? 100 : shape.reviewCount,
    inStock: shape.inStock === undefined ? true : shape.inStock,
    availabilityText: null,
    buyBoxSellerId: null,
    buyBoxSellerName: null,
    listing: { title, brand: "Acme", bullets: [], images: [], categoryPath: ["Electronics"] },
    isDemo: false,
  };
}

/** A reading per day for `days` days up to `now` (oldest first), shaped per day index. */
export function dailyReadings(
  asin: string,
  marketplace: MarketplaceCode,
  now: Date,
  days: number,
  shape: (dayIndex: number) => ReadingShape = () => ({}),
): ProductReading[] {
  return Array.from({ length: days }, (_, i) => {
    const back = days - 1 - i;
    return syntheticReading(asin, marketplace, new Date(now.getTime() - back * DAY), shape(i));
  });
}
