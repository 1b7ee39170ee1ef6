import { describe, expect, it } from "vitest";
import { isHollowReading } from "@/lib/sources/hollow-reading";

const previous = { price: 49.99, bsr: 1834, rating: 4.4, reviewCount: 2311 };
const nothing = { price: null, bsr: null, rating: null, reviewCount: null };

describe("isHollowReading", () => {
  it("is hollow when nothing loaded that the previous reading had", () => {
    expect(isHollowReading(nothing, previous)).toBe(true);
    expect(isHollowReading(nothing, { ...nothing, bsr: 90 })).toBe(true);
  });

  it("keeps a reading that has any one of price, BSR, rating or reviews", () => {
    expect(isHollowReading({ ...nothing, price: 45 }, previous)).toBe(false);
    expect(isHollowReading({ ...nothing, bsr: 2000 }, previous)).toBe(false);
    expect(isHollowReading({ ...nothing, rating: 4.3 }, previous)).toBe(false);
    expect(isHollowReading({ ...nothing, reviewCount: 2312 }, previous)).toBe(false);
  });

  it("keeps a genuine out-of-stock reading: no price, but its rank, rating and reviews", () => {
    expect(isHollowReading({ price: null, bsr: 2410, rating: 4.4, reviewCount: 2311 }, previous)).toBe(false);
  });

  it("is never hollow without a previous reading, or when the previous one had nothing either", () => {
    expect(isHollowReading(nothing, null)).toBe(false);
    expect(isHollowReading(nothing, nothing)).toBe(false);
  });

  it("takes 0 reviews after some for a page that did not show them, but not for a product that never had any", () => {
    expect(isHollowReading({ ...nothing, reviewCount: 0 }, previous)).toBe(true);
    expect(isHollowReading({ ...nothing, reviewCount: 0 }, { ...nothing, price: 12.5, reviewCount: 0 })).toBe(false);
  });
});
