import type { ComparisonMember, GroupComparison } from "@/lib/comparison/comparison-types";
import type { ReportOutput } from "@/lib/reports/report-schema";

// Hand-built comparisons: the report code is tested against the contract, not the maths.
function member(over: Partial<ComparisonMember> & Pick<ComparisonMember, "productId" | "asin">): ComparisonMember {
  return {
    title: `Product ${over.asin}`,
    brand: "Brand",
    role: "competitor",
    kind: "competitor",
    currency: "USD",
    price: 20,
    buyBoxPrice: 20,
    priceGapPct: 0,
    bsr: 1000,
    bsrCategory: "Electronics",
    bsrRankInGroup: 1,
    rating: 4.2,
    reviewCount: 500,
    reviewVelocity7d: 1,
    reviewVelocity30d: 1,
    inStock: true,
    listingAgeDays: 10,
    lastReadingAt: "2026-03-01T00:00:00.000Z",
    bullets: [],
    ...over,
  };
}

export function comparisonFixture(ids: { groupId: string; mainProductId: string; competitorProductIds: string[] } = {
  groupId: "group-1",
  mainProductId: "p-main",
  competitorProductIds: ["p-c1", "p-c2", "p-c3"],
}): GroupComparison {
  const gaps = [-0.1432, 0.2105, 0.0526];
  return {
    groupId: ids.groupId,
    groupName: "Earbuds vs rivals",
    marketplace: "US",
    computedAt: "2026-03-01T06:00:00.000Z",
    main: member({ productId: ids.mainProductId, asin: "B0MAIN0001", role: "main", kind: "own", price: 37.99, buyBoxPrice: 36.49, bsr: 4321, bsrRankInGroup: 3, rating: 4.1, reviewCount: 1287, reviewVelocity7d: 2.43, reviewVelocity30d: 1.87, bullets: ["Noise cancelling", "30h battery"] }),
    competitors: ids.competitorProductIds.map((productId, i) =>
      member({ productId, asin: `B0COMP000${i + 1}`, price: [32.55, 45.99, 39.99][i] ?? 30, priceGapPct: gaps[i] ?? 0, bsr: [1877, 2950, 9120][i] ?? 5000, bsrRankInGroup: [1, 2, 4][i] ?? 5, reviewCount: [5012, 2210, 310][i] ?? 100, reviewVelocity7d: [11.71, 3.14, 0.29][i] ?? 0 }),
    ),
    features: { missingFromMain: [{ feature: "Wireless charging case", competitors: ["B0COMP0001"] }], uniqueToMain: ["30h battery"], shared: [] },
    findings: [{ kind: "largest_price_gap", key: "largestPriceGap", values: { asin: "B0COMP0002", gap: "21.1%" } }],
  };
}

export const validReport: ReportOutput = {
  summary: "The main product sits mid-pack on price and trails on rank.",
  marketPosition: "Third of four by BSR, priced 14.32% above the cheapest rival.",
  strengths: ["Unique 30h battery claim"],
  weaknesses: ["BSR 4321 vs leader 1877"],
  opportunities: ["Add wireless charging case to bullets"],
  threats: ["B0COMP0001 gains 11.71 reviews/day"],
  recommendations: [
    { type: "price", title: "Trim price to 34.99", detail: "Close the gap to the leader.", asin: "B0MAIN0001", priority: 1, expectedImpact: "Better conversion", difficulty: "low", dataPoints: ["price 37.99", "B0COMP0001 price 32.55"] },
    { type: "bullets", title: "Mention the charging case", detail: "Competitors all do.", asin: "B0MAIN0001", priority: 2, expectedImpact: "Fewer objections", difficulty: "low", dataPoints: ["missing: Wireless charging case"] },
  ],
};
