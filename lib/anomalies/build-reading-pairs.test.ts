import type { ProductBefore } from "@/lib/anomalies/types";
import { describe, expect, it } from "vitest";
import type { ProductReading } from "@/lib/sources/types";
import { buildReadingPairs, type NewReading } from "@/lib/anomalies/build-reading-pairs";

const reading = (asin: string, at: string, price: number): ProductReading => ({
  asin, marketplace: "US", capturedAt: new Date(at), currency: "USD", price, listPrice: null, buyBoxPrice: price, bsr: 100,
  bsrCategory: "Toys", bsrRanks: [], rating: 4.45, reviewCount: 10, inStock: true, availabilityText: "In Stock",
  buyBoxSellerId: "S", buyBoxSellerName: "Store", isDemo: false,
  listing: { title: `T ${asin}`, brand: "B", bullets: [], images: [], categoryPath: [] },
});
const stored = (price: number): ProductBefore["previous"] => ({
  capturedAt: new Date("2026-11-01T00:00:00Z"), currency: "USD", price, buyBoxPrice: price, bsr: 100, bsrCategory: "Toys", rating: 4.5,
  reviewCount: 10, inStock: true, availabilityText: "In Stock", buyBoxSellerId: "S", buyBoxSellerName: "Store", listingVersionId: "v1", listing: null,
});
const newReading = (productId: string, r: ProductReading, listingVersionId = "v1"): NewReading => ({ productId, reading: r, listingVersionId });

describe("buildReadingPairs", () => {
  it("pairs the first new reading with the stored one and each later reading with the one before it, in time order", () => {
    const before = new Map<string, ProductBefore>([["p1", { productKind: "own", productThresholds: null, previous: stored(10) }]]);
    // Given out of order on purpose: a source does not promise order.
    const pairs = buildReadingPairs(
      [newReading("p1", reading("A", "2026-11-03T00:00:00Z", 12)), newReading("p1", reading("A", "2026-11-02T00:00:00Z", 11))],
      before,
    );
    expect(pairs.map((p) => [p.previous.price, p.current.price])).toEqual([[10, 11], [11, 12]]);
    expect(pairs.every((p) => p.productKind === "own")).toBe(true);
  });

  it("compares the values the snapshot stores: money at 2 places, ratings at 1", () => {
    const before = new Map<string, ProductBefore>([["p1", { productKind: "competitor", productThresholds: null, previous: stored(10) }]]);
    const [pair] = buildReadingPairs([newReading("p1", reading("A", "2026-11-02T00:00:00Z", 10.004999999))], before);
    expect(pair!.current.price).toBe(10);
    expect(pair!.current.rating).toBe(4.5);
  });

  it("gives no pair for a product's first reading ever, nor for a product outside the workspace", () => {
    const before = new Map<string, ProductBefore>([["p1", { productKind: "competitor", productThresholds: null, previous: null }]]);
    const pairs = buildReadingPairs(
      [newReading("p1", reading("A", "2026-11-02T00:00:00Z", 10)), newReading("p1", reading("A", "2026-11-03T00:00:00Z", 20)), newReading("p9", reading("Z", "2026-11-02T00:00:00Z", 5))],
      before,
    );
    expect(pairs.map((p) => [p.productId, p.previous.price, p.current.price])).toEqual([["p1", 10, 20]]);
  });

  it("brings the new reading's listing content along; the stored side's is left to be read", () => {
    const before = new Map<string, ProductBefore>([["p1", { productKind: "competitor", productThresholds: null, previous: stored(10) }]]);
    const [pair] = buildReadingPairs([newReading("p1", reading("A", "2026-11-02T00:00:00Z", 10), "v2")], before);
    expect(pair!.current).toMatchObject({ listingVersionId: "v2", listing: { title: "T A" } });
    expect(pair!.previous).toMatchObject({ listingVersionId: "v1", listing: null });
  });
});
