import { describe, expect, it } from "vitest";
import { readGroupAlertSettings } from "@/lib/anomalies/group-thresholds";
import { evaluateGroupPair, type GroupPair, type GroupReading } from "@/lib/anomalies/rules-group";

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 6));
const reading = (day: number, bsr: number | null): GroupReading => ({ capturedAt: at(day), currency: "USD", price: 50, bsr, reviewCount: 100, snapshotId: `s${day}${bsr}` });

const pair = (main: [GroupReading | null, GroupReading], competitor: [GroupReading | null, GroupReading]): GroupPair => ({
  groupName: "Bottles",
  settings: readGroupAlertSettings({}),
  mainAsin: "B0MAIN0001",
  competitorAsin: "B0COMP0001",
  main: { previous: main[0], current: main[1] },
  competitor: { previous: competitor[0], current: competitor[1], weekAgo: null, touched: true },
});
const kinds = (p: GroupPair) => evaluateGroupPair(p).map((c) => c.kind);

describe("a competitor overtaking the main product's BSR", () => {
  it("fires when the competitor ranks ahead now and did not before", () => {
    expect(kinds(pair([reading(1, 1000), reading(2, 1000)], [reading(1, 1200), reading(2, 900)]))).toContain("competitor_bsr_overtake");
  });

  it("does not fire from an unknown earlier rank: that is a first sighting, not an overtake", () => {
    expect(kinds(pair([reading(1, 1000), reading(2, 1000)], [reading(1, null), reading(2, 900)]))).not.toContain("competitor_bsr_overtake");
    expect(kinds(pair([reading(1, null), reading(2, 1000)], [reading(1, 1200), reading(2, 900)]))).not.toContain("competitor_bsr_overtake");
  });
});
