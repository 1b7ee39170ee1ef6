import { describe, expect, it } from "vitest";
import { demoSearch } from "@/lib/sources/demo/demo-search";

describe("demo keyword search", () => {
  it("generated sellers have real names and plausible numbers on every day", () => {
    for (let day = 0; day < 60; day++) {
      for (const c of demoSearch({ marketplace: "US", keyword: "earbuds", day })) {
        expect(c.title).not.toContain("undefined");
        expect(c.reviewCount).toBeGreaterThanOrEqual(0);
        expect(c.rating).toBeGreaterThanOrEqual(3.6);
        expect(c.rating).toBeLessThanOrEqual(5);
      }
    }
  });

  it("a later day brings products the earlier day did not show", () => {
    const asins = (day: number) => demoSearch({ marketplace: "US", keyword: "earbuds", day }).map((c) => c.asin);
    expect(asins(2).filter((a) => !asins(1).includes(a)).length).toBeGreaterThan(0);
  });
});
