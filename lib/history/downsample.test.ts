import { describe, expect, it } from "vitest";
import { downsample, insertGaps, usualInterval, type SeriesRow } from "@/lib/history/downsample";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
type Row = SeriesRow<"price" | "bsr">;
const keys = ["price", "bsr"] as const;

// Two years of hourly readings: a wavy price and rank with one sharp spike each.
function hourlyHistory(): Row[] {
  return Array.from({ length: 2 * 365 * 24 }, (_, i) => ({
    t: i * HOUR,
    price: i === 5_000 ? 4.99 : i === 12_345 ? 99.99 : 20 + 5 * Math.sin(i / 200),
    bsr: i === 7_777 ? 1 : i === 15_000 ? 900_000 : Math.round(5_000 + 2_000 * Math.cos(i / 300)),
  }));
}

describe("downsample", () => {
  it("bounds the number of points a chart draws", () => {
    const rows = hourlyHistory();
    const out = downsample(rows, keys, 400);
    expect(out.length).toBeLessThanOrEqual(400);
    expect(out.length).toBeGreaterThan(200);
  });

  it("keeps the highest and lowest price and the best and worst BSR", () => {
    const out = downsample(hourlyHistory(), keys, 200);
    const prices = out.map((r) => r.price as number);
    const ranks = out.map((r) => r.bsr as number);
    expect(Math.min(...prices)).toBe(4.99);
    expect(Math.max(...prices)).toBe(99.99);
    expect(Math.min(...ranks)).toBe(1);
    expect(Math.max(...ranks)).toBe(900_000);
  });

  it("only picks real readings, in time order, spanning the whole range", () => {
    const rows = hourlyHistory();
    const byTime = new Map(rows.map((r) => [r.t, r]));
    const out = downsample(rows, keys, 300);
    for (const r of out) expect(byTime.get(r.t)).toEqual(r);
    expect(out.map((r) => r.t)).toEqual([...out.map((r) => r.t)].sort((a, b) => a - b));
    expect(out[0]!.t).toBe(rows[0]!.t);
    expect(out.at(-1)!.t).toBe(rows.at(-1)!.t);
  });

  it("leaves short histories untouched", () => {
    const rows = hourlyHistory().slice(0, 100);
    expect(downsample(rows, keys, 400)).toBe(rows);
  });

  it("preserves gaps: every missing stretch still breaks the line after downsampling", () => {
    // Daily readings for two years with three outages of several days.
    const outages = [[100, 104], [400, 409], [600, 602]];
    const rows: Row[] = [];
    for (let d = 0; d < 730; d++) {
      if (outages.some(([a, b]) => d >= a! && d <= b!)) continue;
      rows.push({ t: d * DAY, price: 10 + (d % 7), bsr: 1000 + d });
    }
    const withGaps = insertGaps(rows, keys);
    expect(withGaps.filter((r) => r.price === null)).toHaveLength(3);
    const out = downsample(withGaps, keys, 100);
    expect(out.length).toBeLessThanOrEqual(100);
    const gapTimes = out.filter((r) => r.price === null && r.bsr === null).map((r) => r.t / DAY);
    expect(gapTimes).toEqual([100, 400, 600]);
  });
});

describe("insertGaps", () => {
  it("puts a null row where a reading was due but missing, not for small delays", () => {
    const rows: Row[] = [0, 1, 2, 3.3, 6, 7].map((d) => ({ t: d * DAY, price: 10, bsr: 5 }));
    expect(usualInterval(rows.map((r) => r.t))).toBe(DAY);
    const out = insertGaps(rows, keys);
    expect(out.map((r) => [r.t / DAY, r.price])).toEqual([
      [0, 10], [1, 10], [2, 10], [3.3, 10], [4.3, null], [6, 10], [7, 10],
    ]);
  });

  it("does nothing for a single reading", () => {
    const rows: Row[] = [{ t: 0, price: 1, bsr: 1 }];
    expect(insertGaps(rows, keys)).toEqual(rows);
  });
});
