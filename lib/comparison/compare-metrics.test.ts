import { describe, expect, it } from "vitest";
import { compareGroup, type MemberInput } from "@/lib/comparison/compare-group";
import { listingAgeDays, priceGap, rankByBsr, reviewVelocity } from "@/lib/comparison/compare-metrics";

const at = (s: string) => new Date(`${s}Z`);

function member(asin: string, over: Partial<MemberInput> = {}): MemberInput {
  return {
    productId: `p-${asin}`, asin, title: `Title ${asin}`, brand: `Brand ${asin}`, role: "competitor", kind: "competitor", currency: "USD",
    price: 50, buyBoxPrice: 50, bsr: 1000, bsrCategory: "Electronics", rating: 4.5, reviewCount: 100, inStock: true,
    lastReadingAt: at("2026-03-31T00:00:00"), listingFirstSeenAt: null, bullets: [], reviewsAgo: { d7: null, d30: null }, ...over,
  };
}

describe("comparison maths", () => {
  it("price gap is relative to the main price, null without one of them", () => {
    expect(priceGap(40, 50)).toBeCloseTo(-0.2, 10);
    expect(priceGap(60, 50)).toBeCloseTo(0.2, 10);
    expect(priceGap(50, 50)).toBe(0);
    expect(priceGap(null, 50)).toBeNull();
    expect(priceGap(40, null)).toBeNull();
  });

  it("ranks by BSR with 1 = lowest, ties share a rank, no BSR no rank", () => {
    expect(rankByBsr([1200, 800, 1500, null, 800])).toEqual([3, 1, 4, null, 1]);
  });

  it("review velocity divides by the actual days between the readings", () => {
    const latest = { at: at("2026-03-31T00:00:00"), reviewCount: 1300 };
    // 7.5 days earlier, 75 reviews fewer → 10 a day.
    expect(reviewVelocity(latest, { at: at("2026-03-23T12:00:00"), reviewCount: 1225 })).toBeCloseTo(10, 10);
    // 31 days earlier, 310 fewer → 10 a day.
    expect(reviewVelocity(latest, { at: at("2026-02-28T00:00:00"), reviewCount: 990 })).toBeCloseTo(10, 10);
    expect(reviewVelocity(latest, null)).toBeNull();
    expect(reviewVelocity(latest, latest)).toBeNull();
  });

  it("listing age is whole days since the current version was first seen", () => {
    expect(listingAgeDays(at("2026-03-01T12:00:00"), at("2026-03-31T00:00:00"))).toBe(29);
    expect(listingAgeDays(null, at("2026-03-31T00:00:00"))).toBeNull();
  });

  it("builds the group comparison and its findings from hand-computed numbers", () => {
    const now = at("2026-03-31T06:00:00");
    const result = compareGroup({
      groupId: "g1",
      groupName: "Earbuds",
      marketplace: "US",
      now,
      main: member("MAIN", {
        role: "main", kind: "own", price: 50, bsr: 1200, reviewCount: 1300, listingFirstSeenAt: at("2026-03-01T12:00:00"),
        reviewsAgo: { d7: { at: at("2026-03-23T12:00:00"), reviewCount: 1225 }, d30: { at: at("2026-02-28T00:00:00"), reviewCount: 990 } },
        bullets: ["Up to 40 hours of playtime with the charging case"],
      }),
      competitors: [
        member("C1", { price: 40, bsr: 800, reviewCount: 500, reviewsAgo: { d7: { at: at("2026-03-24T00:00:00"), reviewCount: 360 }, d30: null } }),
        member("C2", { price: 60, bsr: 1500, bullets: ["IPX5 sweat and water resistance"] }),
        member("C3", { price: 45, bsr: null, reviewsAgo: { d7: { at: at("2026-03-24T00:00:00"), reviewCount: 93 }, d30: null } }),
        member("C4", { price: null, bsr: 800 }),
      ],
    });
    expect(result.main).toMatchObject({ priceGapPct: 0, bsrRankInGroup: 3, reviewVelocity7d: 10, reviewVelocity30d: 10, listingAgeDays: 29 });
    expect(result.competitors.map((c) => c.priceGapPct)).toEqual([-0.2, 0.2, -0.1, null].map((v) => (v === null ? null : expect.closeTo(v, 10))));
    expect(result.competitors.map((c) => c.bsrRankInGroup)).toEqual([1, 4, null, 1]);
    // C1: 140 reviews in 7 days = 20 a day; C3: 7 in 7 days = 1 a day.
    expect(result.competitors[0].reviewVelocity7d).toBeCloseTo(20, 10);
    expect(result.competitors[2].reviewVelocity7d).toBeCloseTo(1, 10);

    expect(result.findings).toEqual([
      { kind: "largest_price_gap", key: "largestPriceGap", values: { competitor: "Brand C1 (C1)", gap: "20%", direction: "cheaper" }, productId: "p-C1" },
      { kind: "worst_rank_gap", key: "worstRankGap", values: { competitor: "Brand C1 (C1)", bsr: "800", mainBsr: "1,200", mainRank: 3, size: 5 }, productId: "p-C1" },
      { kind: "fastest_growing_competitor", key: "fastestGrowing", values: { competitor: "Brand C1 (C1)", perDay: "20.0", mainPerDay: "10.0" }, productId: "p-C1" },
      { kind: "missing_features", key: "missingFeatures", values: { count: 1, example: "IPX5 sweat and water resistance", competitors: 1 } },
    ]);
  });

  it("says the main product leads when no competitor has a better BSR", () => {
    const result = compareGroup({
      groupId: "g", groupName: "g", marketplace: "US", now: at("2026-03-31T00:00:00"),
      main: member("MAIN", { role: "main", bsr: 100 }),
      competitors: [member("C1", { bsr: 200 }), member("C2", { bsr: 300 }), member("C3", { bsr: null })],
    });
    expect(result.findings.find((f) => f.kind === "worst_rank_gap")).toEqual({ kind: "worst_rank_gap", key: "mainLeadsRank", values: { bsr: "100" } });
  });
});
