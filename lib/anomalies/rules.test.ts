import { describe, expect, it } from "vitest";
import { evaluatePair } from "@/lib/anomalies/rules";
import { defaultThresholds, effectiveThresholds, overridesSchema, readOverrides, readWorkspaceSettings, workspaceSettingsSchema } from "@/lib/anomalies/thresholds";
import type { DetectionReading, ReadingPair } from "@/lib/anomalies/types";

const base: DetectionReading = {
  capturedAt: new Date("2026-11-01T06:00:00Z"), currency: "GBP", price: 100, buyBoxPrice: 100, bsr: 1000,
  bsrCategory: "Electronics", rating: 4.5, reviewCount: 500, inStock: true, availabilityText: "In Stock", buyBoxSellerId: "S1",
  buyBoxSellerName: "Store", listingVersionId: null, listing: null,
};
const pair = (after: Partial<DetectionReading>, before: Partial<DetectionReading> = {}, productKind: "own" | "competitor" = "competitor"): ReadingPair => ({
  productId: "p", productKind, previous: { ...base, ...before }, current: { ...base, capturedAt: new Date("2026-11-02T06:00:00Z"), ...after },
});
const kinds = (p: ReadingPair) => evaluatePair(p, { ...defaultThresholds }).map((c) => c.kind);

describe("rules", () => {
  it("a price move of exactly the threshold fires, just under it does not", () => {
    expect(kinds(pair({ price: 110, buyBoxPrice: 110 }))).toEqual(["price_change"]);
    expect(kinds(pair({ price: 90.01, buyBoxPrice: 90.01 }))).toEqual([]);
  });

  it("a buy box price that mirrors the price is one alert; a buy box moving on its own is its own alert", () => {
    expect(kinds(pair({ price: 80, buyBoxPrice: 80 }))).toEqual(["price_change"]);
    const [bb] = evaluatePair(pair({ buyBoxPrice: 85 }, { buyBoxPrice: 100, price: 99 }), { ...defaultThresholds });
    expect(bb).toMatchObject({ kind: "buy_box_price_change", reason: { values: { before: "£100.00", after: "£85.00", direction: "down", percent: "15%" } } });
  });

  it("a falling rank number is an improvement (info), a rising one a worsening that warns on own products", () => {
    expect(evaluatePair(pair({ bsr: 600 }, {}, "own"), { ...defaultThresholds })[0]).toMatchObject({ severity: "info", reason: { values: { direction: "better" } } });
    expect(evaluatePair(pair({ bsr: 1500 }, {}, "own"), { ...defaultThresholds })[0]).toMatchObject({ severity: "warning", reason: { values: { direction: "worse", percent: "50%" } } });
    // Ranks in another root category are not comparable.
    expect(kinds(pair({ bsr: 5000, bsrCategory: "Home" }))).toEqual([]);
  });

  it("out of stock is not a price change and unknown availability is no stock event", () => {
    expect(kinds(pair({ inStock: false, price: null, buyBoxPrice: null }))).toEqual(["out_of_stock"]);
    expect(kinds(pair({ inStock: null }))).toEqual([]);
    expect(kinds(pair({ inStock: true, price: 150, buyBoxPrice: 150 }, { inStock: false, price: null, buyBoxPrice: null }))).toEqual(["back_in_stock"]);
  });

  it("a rating drop of 0.2 fires, 0.1 does not; a rise never does; any review removal does", () => {
    expect(kinds(pair({ rating: 4.3 }))).toEqual(["rating_drop"]);
    expect(kinds(pair({ rating: 4.4 }))).toEqual([]);
    expect(kinds(pair({ rating: 4.9, reviewCount: 499 }))).toEqual(["review_count_drop"]);
  });

  it("a buy box that disappears is not a seller change", () => {
    expect(kinds(pair({ buyBoxSellerId: null, buyBoxSellerName: null, buyBoxPrice: null }))).toEqual([]);
  });
});

describe("thresholds", () => {
  it("stored JSON falls back to defaults per field; overrides apply per product", () => {
    const ws = readWorkspaceSettings({ priceChangePercent: 5, bsrChangePercent: "lots", cooldownHours: 12 });
    expect(ws).toEqual({ priceChangePercent: 5, buyBoxPriceChangePercent: 10, bsrChangePercent: 30, ratingDrop: 0.2, cooldownHours: 12 });
    expect(readWorkspaceSettings(null).cooldownHours).toBe(24);
    expect(effectiveThresholds(ws, readOverrides({ ratingDrop: 0.5, bsrChangePercent: -1 }))).toEqual({
      priceChangePercent: 5, buyBoxPriceChangePercent: 10, bsrChangePercent: 30, ratingDrop: 0.5,
    });
  });

  it("forms are validated per field: text numbers accepted, empty override = not set", () => {
    const bad = workspaceSettingsSchema.safeParse({ priceChangePercent: "abc", buyBoxPriceChangePercent: "10", bsrChangePercent: "0", ratingDrop: "0.2", cooldownHours: "" });
    expect(bad.success).toBe(false);
    expect([...new Set(bad.error!.issues.map((i) => String(i.path[0])))].sort()).toEqual(["bsrChangePercent", "cooldownHours", "priceChangePercent"]);
    expect(overridesSchema.parse({ priceChangePercent: " 3 ", buyBoxPriceChangePercent: "", bsrChangePercent: "", ratingDrop: "" })).toEqual({
      priceChangePercent: 3, buyBoxPriceChangePercent: null, bsrChangePercent: null, ratingDrop: null,
    });
  });
});
