import { describe, expect, it } from "vitest";
import { downsampleMinMax } from "@/lib/groups/downsample";
import { checkGroupRules } from "@/lib/groups/group-rules";

const p = (id: string, marketplace = "US") => ({ id, asin: `B0${id.padStart(8, "0")}`, marketplace });

describe("group rules", () => {
  it("accepts one main and 3 to 5 competitors in its marketplace", () => {
    expect(checkGroupRules({ main: p("1"), competitors: [p("2"), p("3"), p("4")] })).toEqual([]);
    expect(checkGroupRules({ main: p("1"), competitors: [p("2"), p("3"), p("4"), p("5"), p("6")] })).toEqual([]);
  });

  it("reports each broken rule on its field", () => {
    expect(checkGroupRules({ main: null, competitors: [p("2")] })).toEqual([
      { field: "main", key: "mainRequired" },
      { field: "competitors", key: "competitorCount", values: { min: 3, max: 5, count: 1 } },
    ]);
    expect(checkGroupRules({ main: p("1"), competitors: [p("2"), p("1"), p("2"), p("3", "UK"), p("4"), p("5"), p("6"), p("7")] })).toEqual([
      { field: "competitor.1", key: "mainIsCompetitor", values: { asin: "B000000001" } },
      { field: "competitor.2", key: "duplicate", values: { asin: "B000000002" } },
      { field: "competitor.3", key: "otherMarketplace", values: { asin: "B000000003", marketplace: "UK", main: "US" } },
      { field: "competitors", key: "competitorCount", values: { min: 3, max: 5, count: 6 } },
    ]);
  });
});

describe("chart downsampling", () => {
  it("keeps each bucket's extremes in time order and leaves short series alone", () => {
    const series = [5, 1, 9, 4, 4, 4, 7, 2].map((v, t) => ({ t, v }));
    expect(downsampleMinMax(series, 20)).toBe(series);
    // 2 buckets over t 0..7: [0..3] keeps min 1 (t1) and max 9 (t2); [4..7] keeps 2 (t7) and 7 (t6).
    expect(downsampleMinMax(series, 4)).toEqual([{ t: 1, v: 1 }, { t: 2, v: 9 }, { t: 6, v: 7 }, { t: 7, v: 2 }]);
  });
});
