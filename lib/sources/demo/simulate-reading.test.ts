import { describe, expect, it } from "vitest";
import { marketplaces } from "@/lib/marketplaces/marketplaces";
import { demoCatalog } from "@/lib/sources/demo/demo-catalog";
import { demoProductFor } from "@/lib/sources/demo/demo-source";
import { demoRandom, simulateHistory, simulateReading, utcDayNumber } from "@/lib/sources/demo/simulate-reading";
import type { ProductReading } from "@/lib/sources/types";

const from = new Date("2026-05-28T00:00:00Z");
const to = new Date("2026-11-23T00:00:00Z"); // 180 days
const generated = [demoProductFor("B0ZZZZ1234", "US")!, demoProductFor("B0YYYY5678", "JP")!, demoProductFor("0316769487", "SE")!];
const products = [...demoCatalog, ...generated];
const histories = new Map(products.map((p) => [p, simulateHistory(p, from, to)]));

function pairs(readings: ProductReading[]): Array<[ProductReading, ProductReading]> {
  return readings.slice(1).map((r, i) => [readings[i]!, r]);
}

describe("simulateReading: determinism", () => {
  it("gives the same reading for the same product and moment", () => {
    const at = new Date("2026-08-15T09:30:00Z");
    for (const p of products) expect(simulateReading(p, at)).toEqual(simulateReading(p, new Date(at)));
  });

  it("keys the numbers by UTC day: another time the same day changes only capturedAt", () => {
    const p = demoCatalog[0]!;
    const morning = simulateReading(p, new Date("2026-08-15T00:00:01Z"));
    const night = simulateReading(p, new Date("2026-08-15T23:59:59Z"));
    expect({ ...night, capturedAt: morning.capturedAt }).toEqual(morning);
    expect(night.capturedAt.toISOString()).toBe("2026-08-15T23:59:59.000Z");
  });

  it("moves from one day to the next", () => {
    const [a, b] = [simulateReading(demoCatalog[0]!, from), simulateReading(demoCatalog[0]!, to)];
    expect([a.bsr, a.reviewCount]).not.toEqual([b.bsr, b.reviewCount]);
  });

  it("has a well spread PRNG", () => {
    const values = Array.from({ length: 10_000 }, (_, i) => demoRandom("B0DEMO0001", "US", "x", i));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});

describe("simulateHistory: 180 plausible days", () => {
  it("returns one reading per UTC day, in order", () => {
    for (const history of histories.values()) {
      expect(history).toHaveLength(180);
      for (const [i, r] of history.entries()) expect(utcDayNumber(r.capturedAt)).toBe(utcDayNumber(from) + i);
    }
  });

  it("labels every reading as demo, in the marketplace's currency", () => {
    for (const [p, history] of histories) {
      for (const r of history) {
        expect(r.isDemo).toBe(true);
        expect(r.asin).toBe(p.asin);
        expect(r.marketplace).toBe(p.marketplace);
        expect(r.currency).toBe(marketplaces[p.marketplace].currency);
      }
    }
  });

  it("has prices only when in stock", () => {
    for (const history of histories.values()) {
      for (const r of history) {
        if (r.inStock) {
          expect(r.price).toBeGreaterThan(0);
          expect(r.buyBoxPrice).toBeGreaterThan(0);
          expect(r.buyBoxSellerId).toMatch(/^A[0-9A-Z]{12}$/);
          if (r.listPrice !== null) expect(r.listPrice).toBeGreaterThanOrEqual(r.price!);
        } else {
          expect(r.inStock).toBe(false);
          expect([r.price, r.buyBoxPrice, r.listPrice, r.buyBoxSellerId]).toEqual([null, null, null, null]);
          expect(r.availabilityText).toBeTruthy();
        }
      }
    }
  });

  it("has positive integer BSRs, the root category first", () => {
    for (const [p, history] of histories) {
      for (const r of history) {
        expect(Number.isInteger(r.bsr) && r.bsr! > 0).toBe(true);
        expect(r.bsrCategory).toBe(p.categoryPath[0]);
        expect(r.bsrRanks[0]).toEqual({ rank: r.bsr, category: p.categoryPath[0] });
        for (const rank of r.bsrRanks) expect(Number.isInteger(rank.rank) && rank.rank > 0).toBe(true);
      }
    }
  });

  it("keeps ratings in 1..5 to one decimal, drifting at most 0.1 a day", () => {
    for (const history of histories.values()) {
      for (const r of history) {
        expect(r.rating).toBeGreaterThanOrEqual(1);
        expect(r.rating).toBeLessThanOrEqual(5);
        expect(Math.round(r.rating! * 10) / 10).toBe(r.rating);
      }
      for (const [a, b] of pairs(history)) expect(Math.abs(b.rating! - a.rating!)).toBeLessThanOrEqual(0.1 + 1e-9);
    }
  });

  it("never loses reviews, except in the scripted removals", () => {
    for (const [p, history] of histories) {
      for (const [a, b] of pairs(history)) {
        expect(Number.isInteger(b.reviewCount)).toBe(true);
        if (b.reviewCount! >= a.reviewCount!) continue;
        expect(p.reviewRemoval, `${p.asin} lost reviews on ${b.capturedAt.toISOString()}`).toBeDefined();
        expect(a.reviewCount! - b.reviewCount!).toBeLessThanOrEqual(Math.round(p.reviewRemoval!.fraction * p.baseReviewCount));
      }
    }
  });

  it("shows every kind of change somewhere in the catalogue, without flooding", () => {
    const count = { stockOuts: 0, deals: 0, titleChanges: 0, sellerChanges: 0, reviewDrops: 0, days: 0 };
    for (const [p, history] of histories) {
      if (!demoCatalog.includes(p)) continue;
      for (const [a, b] of pairs(history)) {
        count.days++;
        if (a.inStock && !b.inStock) count.stockOuts++;
        if (p.listPrice === null && a.listPrice === null && b.listPrice !== null) count.deals++;
        if (a.listing.title !== b.listing.title) count.titleChanges++;
        if (a.buyBoxSellerId && b.buyBoxSellerId && a.buyBoxSellerId !== b.buyBoxSellerId) count.sellerChanges++;
        if (b.reviewCount! < a.reviewCount!) count.reviewDrops++;
      }
    }
    expect(count.stockOuts).toBeGreaterThan(3);
    expect(count.deals).toBeGreaterThan(3);
    expect(count.titleChanges).toBeGreaterThan(2);
    expect(count.sellerChanges).toBeGreaterThan(3);
    expect(count.reviewDrops).toBeGreaterThan(0);
    // A product is out of stock on a small minority of days.
    expect(count.stockOuts).toBeLessThan(count.days / 50);
  });

  it("says so when a product is unavailable, in the listing's language", () => {
    const twoYears = new Date("2028-05-28T00:00:00Z");
    const outOfStock = (mk: string) =>
      demoCatalog
        .filter((p) => p.marketplace === mk)
        .flatMap((p) => simulateHistory(p, from, twoYears))
        .find((r) => !r.inStock);
    expect(outOfStock("US")?.availabilityText).toBe("Currently unavailable.");
    expect(outOfStock("DE")?.availabilityText).toBe("Derzeit nicht verfügbar.");
    expect(outOfStock("JP")?.availabilityText).toBe("現在在庫切れです。");
  });

  it("stays valid long before the catalogue's anchor day", () => {
    const r = simulateReading(demoCatalog[0]!, new Date("2019-03-01T06:00:00Z"));
    expect(r.reviewCount).toBeGreaterThanOrEqual(0);
    expect(r.bsr).toBeGreaterThan(0);
  });

  it("keeps JPY prices whole", () => {
    for (const [p, history] of histories) {
      if (p.marketplace !== "JP") continue;
      for (const r of history) if (r.price !== null) expect(Number.isInteger(r.price)).toBe(true);
    }
  });
});
