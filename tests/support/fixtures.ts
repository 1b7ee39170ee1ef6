import fs from "node:fs";
import path from "node:path";
import { marketplaceForHost, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";

const dir = path.resolve(import.meta.dirname, "../fixtures/apify");

export function loadApifyFixture(name: "catalog-day1" | "catalog-day2" | "edge-cases" | "invalid-items"): Array<Record<string, unknown>> {
  return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8"));
}

export type ExpectedChange = { asin: string; marketplace: string; change: Record<string, number | boolean | string> };
export function loadExpectedChanges(): ExpectedChange[] {
  return JSON.parse(fs.readFileSync(path.join(dir, "catalog-day2-changes.json"), "utf8"));
}

/** The (asin, marketplace) of every product in a fixture, from its item URL. */
export function fixtureProducts(items: Array<Record<string, unknown>>): Array<{ asin: string; marketplace: MarketplaceCode }> {
  return items.map((item) => ({
    asin: String(item.originalAsin ?? item.asin),
    marketplace: marketplaceForHost(new URL(String(item.url)).hostname)!,
  }));
}
