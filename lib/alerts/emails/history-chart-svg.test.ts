import { describe, expect, it } from "vitest";
import { historyChartSvg } from "@/lib/alerts/emails/history-chart-svg";

const day = 86_400_000;
const base = {
  from: 0,
  to: 10 * day,
  formatValue: (v: number) => `$${v}`,
  formatDay: (t: number) => `d${t / day}`,
  markColor: "#dc2626",
  title: "Price & more",
};

describe("the email history chart", () => {
  it("draws the series with a break at missing readings, marks the alert's moment, labels min and max", async () => {
    const svg = await historyChartSvg({
      ...base,
      points: [
        { t: 0, v: 10 },
        { t: day, v: 12 },
        { t: 2 * day, v: null },
        { t: 3 * day, v: 11 },
        { t: 10 * day, v: 8 },
      ],
      marks: [10 * day],
    });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 560 180">/);
    expect(svg).toMatch(/<\/svg>$/);
    expect(svg).toContain("<title>Price &amp; more</title>");
    // Two pieces: the line lifts its pen at the null.
    expect(svg!.match(/d="([^"]+)"/)![1]!.match(/M/g)).toHaveLength(2);
    expect(svg).toContain('stroke="#dc2626"');
    expect(svg).toContain("<circle");
    expect(svg).toContain(">$12<");
    expect(svg).toContain(">$8<");
    expect(svg).toContain(">d0<");
    expect(svg).toContain(">d10<");
  });

  it("draws ranks with #1 at the top, and nothing without two readings", async () => {
    const ranks = await historyChartSvg({
      ...base,
      invert: true,
      points: [
        { t: 0, v: 100 },
        { t: 10 * day, v: 900 },
      ],
      marks: [],
    });
    const [, y0, y1] = ranks!.match(/d="M[\d.]+ ([\d.]+)L[\d.]+ ([\d.]+)"/)!;
    expect(Number(y0)).toBeLessThan(Number(y1));
    expect(
      await historyChartSvg({
        ...base,
        points: [
          { t: 0, v: 1 },
          { t: day, v: null },
        ],
        marks: [],
      }),
    ).toBeNull();
  });
});
