import { describe, expect, it } from "vitest";
import { parseAt, rangeContaining, rangeStart } from "@/lib/history/ranges";

const now = new Date("2026-06-30T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

describe("ranges", () => {
  it("counts back from now, and 'all' has no start", () => {
    expect(rangeStart("7d", now)).toEqual(daysAgo(7));
    expect(rangeStart("1y", now)).toEqual(daysAgo(365));
    expect(rangeStart("all", now)).toBeNull();
  });

  it("a link to a moment (?at=) opens a range that contains it", () => {
    expect(rangeContaining(null, now)).toBe("90d");
    expect(rangeContaining(daysAgo(3), now)).toBe("90d");
    expect(rangeContaining(daysAgo(3), now, "7d")).toBe("7d");
    expect(rangeContaining(daysAgo(20), now, "7d")).toBe("30d");
    expect(rangeContaining(daysAgo(150), now)).toBe("1y");
    expect(rangeContaining(daysAgo(500), now)).toBe("all");
  });

  it("ignores an unreadable ?at=", () => {
    expect(parseAt("not a date")).toBeNull();
    expect(parseAt(["2026-01-01"])).toBeNull();
    expect(parseAt("2026-01-01T00:00:00Z")).toEqual(new Date("2026-01-01T00:00:00Z"));
  });
});
