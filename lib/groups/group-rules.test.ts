import { describe, expect, it } from "vitest";
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
