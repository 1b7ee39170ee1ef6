import { describe, expect, it } from "vitest";
import { comparisonFixture } from "@/tests/support/comparison-fixture";
import { buildReportInstructions, buildReportPrompt, toReportInput } from "@/lib/reports/build-report-prompt";

describe("report prompt", () => {
  it("carries every computed number of every member verbatim", () => {
    const comparison = comparisonFixture();
    const prompt = buildReportPrompt(toReportInput(comparison));
    for (const m of [comparison.main, ...comparison.competitors]) {
      for (const value of [m.price, m.buyBoxPrice, m.priceGapPct, m.bsr, m.bsrRankInGroup, m.rating, m.reviewCount, m.reviewVelocity7d, m.reviewVelocity30d]) {
        expect(prompt).toContain(String(value));
      }
      expect(prompt).toContain(m.asin);
    }
    expect(prompt).toContain('"priceGapPct": -0.1432');
    expect(prompt).toContain('"reviewVelocity7d": 11.71');
    expect(prompt).toContain("Wireless charging case");
    expect(prompt).toContain('"gap": "21.1%"');
  });

  it("asks for the user's language", () => {
    expect(buildReportInstructions("zh-CN")).toContain("Simplified Chinese");
    expect(buildReportInstructions("en")).toContain("in English");
  });
});
