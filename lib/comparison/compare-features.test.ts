import { describe, expect, it } from "vitest";
import { compareFeatures, featurePhrase, featureTokens, jaccard } from "@/lib/comparison/compare-features";

describe("features comparison from bullets", () => {
  it("normalises bullets into phrases and tokens", () => {
    expect(featurePhrase("【LONG BATTERY】  Up to 40 hours of playtime")).toBe("LONG BATTERY Up to 40 hours of playtime");
    expect([...featureTokens("Up to 40 Hours of playtime with the case")]).toEqual(["40", "hour", "playtime", "case"]);
    // {ipx5, sweat, water, resistance} vs {ipx5, sweat, resistance}: 3 shared of 4 → 0.75.
    expect(jaccard(featureTokens("IPX5 sweat and water resistance"), featureTokens("Sweat resistance: IPX5"))).toBeCloseTo(0.75, 10);
  });

  it("finds what competitors say that the main product does not, the reverse, and what is shared", () => {
    const result = compareFeatures(
      ["Active noise cancellation with transparency mode", "Up to 40 hours of playtime with the charging case", "18-month warranty and friendly support"],
      [
        { label: "C1", bullets: ["ACTIVE NOISE CANCELLATION with transparency mode", "IPX5 sweat and water resistance", "Multipoint: connect two devices at once"] },
        { label: "C2", bullets: ["Sweat and water resistance (IPX5)", "Up to 40 hours playtime with charging case"] },
        { label: "C3", bullets: ["Low-latency game mode"] },
      ],
    );
    expect(result.missingFromMain).toEqual([
      { feature: "IPX5 sweat and water resistance", competitors: ["C1", "C2"] },
      { feature: "Multipoint: connect two devices at once", competitors: ["C1"] },
      { feature: "Low-latency game mode", competitors: ["C3"] },
    ]);
    expect(result.uniqueToMain).toEqual(["18-month warranty and friendly support"]);
    expect(result.shared).toEqual([
      { feature: "Active noise cancellation with transparency mode", competitors: ["C1"] },
      { feature: "Up to 40 hours of playtime with the charging case", competitors: ["C2"] },
    ]);
  });

  it("does not match points that only share a word or two", () => {
    const result = compareFeatures(["30 hours of battery; 10 minutes of charging gives 3 hours"], [{ label: "C1", bullets: ["24 hours of playtime on one charge"] }]);
    expect(result.shared).toEqual([]);
    expect(result.missingFromMain).toEqual([{ feature: "24 hours of playtime on one charge", competitors: ["C1"] }]);
  });

  it("matches Chinese and Japanese bullets by word segments", () => {
    const result = compareFeatures(["IPX5防水・防汗"], [{ label: "C1", bullets: ["IPX5防水・防汗"] }, { label: "C2", bullets: ["低遅延ゲームモード"] }]);
    expect(result.shared).toEqual([{ feature: "IPX5防水・防汗", competitors: ["C1"] }]);
    expect(result.missingFromMain.map((m) => m.competitors)).toEqual([["C2"]]);
  });
});
