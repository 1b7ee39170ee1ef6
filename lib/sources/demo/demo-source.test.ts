import { describe, expect, it } from "vitest";
import { marketplaceCodes } from "@/lib/marketplaces/marketplaces";
import { isAsin } from "@/lib/marketplaces/asin";
import { demoCatalog } from "@/lib/sources/demo/demo-catalog";
import { createDemoSource, demoNotFoundAsins, demoProductFor } from "@/lib/sources/demo/demo-source";
import { simulateReading } from "@/lib/sources/demo/simulate-reading";
import type { ProductSource } from "@/lib/sources/types";

const now = new Date("2026-11-24T11:35:42.123Z");

describe("demo catalogue", () => {
  it("has about thirty valid, unique products on several marketplaces", () => {
    expect(demoCatalog.length).toBeGreaterThanOrEqual(28);
    const keys = new Set(demoCatalog.map((p) => `${p.marketplace}:${p.asin}`));
    expect(keys.size).toBe(demoCatalog.length);
    for (const p of demoCatalog) {
      expect(isAsin(p.asin)).toBe(true);
      expect(p.images.every((src) => src.startsWith("/demo/"))).toBe(true);
      expect(p.bullets.length).toBeGreaterThan(0);
    }
    const markets = new Set(demoCatalog.map((p) => p.marketplace));
    for (const mk of ["US", "UK", "DE", "JP", "FR", "CA"]) expect(markets.has(mk as never)).toBe(true);
    expect(demoCatalog.filter((p) => p.suggestedOwn).length).toBeGreaterThanOrEqual(3);
  });
});

describe("createDemoSource", () => {
  const source: ProductSource = createDemoSource();

  it("is a demo ProductSource", () => {
    expect(source.kind).toBe("demo");
    expect(typeof source.fetch).toBe("function");
  });

  it("returns the simulated reading of catalogue products at the requested moment", async () => {
    const result = await source.fetch({ marketplace: "US", asins: ["B0DEMO0001", "B0DEMO0002"], now });
    expect(result.failures).toEqual([]);
    expect(result.readings.map((r) => r.asin)).toEqual(["B0DEMO0001", "B0DEMO0002"]);
    expect(result.readings[0]).toEqual(simulateReading(demoCatalog[0]!, now));
    for (const r of result.readings) {
      expect(r.isDemo).toBe(true);
      expect(r.capturedAt).toEqual(now);
      expect(r.marketplace).toBe("US");
    }
  });

  it("records one free run with a deterministic id", async () => {
    const result = await source.fetch({ marketplace: "DE", asins: ["B0DEMO0018", "B0DEMO0404"], now });
    expect(result.runs).toEqual([
      { id: "demo-DE-2026-11-24T11:35Z", status: "SUCCEEDED", costUsd: 0, asins: ["B0DEMO0018", "B0DEMO0404"] },
    ]);
  });

  it("fails the documented unknown ASINs as not found, and keeps the others", async () => {
    const asins = [...demoNotFoundAsins, "B0DEMO0005"];
    const result = await source.fetch({ marketplace: "US", asins, now });
    expect(result.failures.map((f) => [f.asin, f.reason])).toEqual([...demoNotFoundAsins].map((a) => [a, "not_found"]));
    expect(result.readings.map((r) => r.asin)).toEqual(["B0DEMO0005"]);
  });

  it("generates stable data for any other ASIN, on any marketplace", async () => {
    for (const marketplace of marketplaceCodes) {
      const first = await source.fetch({ marketplace, asins: ["B0C1X2Y3Z4"], now });
      const again = await source.fetch({ marketplace, asins: ["B0C1X2Y3Z4"], now });
      expect(first).toEqual(again);
      const [reading] = first.readings;
      expect(reading).toMatchObject({ asin: "B0C1X2Y3Z4", marketplace, isDemo: true });
      expect(reading!.listing.title).toBeTruthy();
      expect(reading!.bsr).toBeGreaterThan(0);
    }
  });

  it("prices generated products in local money", () => {
    const us = demoProductFor("B0C1X2Y3Z4", "US")!;
    const jp = demoProductFor("B0C1X2Y3Z4", "JP")!;
    expect(jp.basePrice).toBeGreaterThan(us.basePrice * 20);
  });

  it("treats a catalogue ASIN on another marketplace as another product", async () => {
    const result = await source.fetch({ marketplace: "IT", asins: ["B0DEMO0001"], now });
    expect(result.readings[0]?.listing.title).not.toBe(demoCatalog[0]!.title);
    expect(result.readings[0]?.currency).toBe("EUR");
  });

  it("answers each ASIN once and reports malformed ones", async () => {
    const result = await source.fetch({ marketplace: "UK", asins: ["B0DEMO0013", "B0DEMO0013", "nope"], now });
    expect(result.readings.map((r) => r.asin)).toEqual(["B0DEMO0013"]);
    expect(result.failures).toMatchObject([{ asin: "nope", reason: "not_found" }]);
    expect(result.runs[0]?.asins).toEqual(["B0DEMO0013", "nope"]);
  });

  it("uses the current time when none is given", async () => {
    const before = Date.now();
    const result = await source.fetch({ marketplace: "JP", asins: ["B0DEMO0023"] });
    const at = result.readings[0]!.capturedAt.getTime();
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it("starts no run for an empty request", async () => {
    expect(await source.fetch({ marketplace: "US", asins: [], now })).toEqual({ readings: [], failures: [], runs: [] });
  });
});
