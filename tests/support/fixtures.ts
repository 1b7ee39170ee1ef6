import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { marketplaceCodes, marketplaceForHost, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";

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

const failedPageCaseSchema = z.object({
  case: z.string().regex(/^[a-z0-9-]+$/),
  marketplace: z.enum(marketplaceCodes),
  /** "reading": it is stored; anything else: the failure it is reported as. */
  expect: z.enum(["blocked", "not_found", "invalid", "reading"]),
  /** The product's previous good reading, which decides whether a reading that loaded nothing is kept. */
  previous: z
    .object({ price: z.number().nullable(), bsr: z.number().nullable(), rating: z.number().nullable(), reviewCount: z.number().nullable() })
    .nullable(),
  /** A junglee/amazon-crawler dataset item, as the actor emits it. */
  item: z.looseObject({ originalAsin: z.string().regex(/^B0[A-Z0-9]{8}$/) }),
});
export type FailedPageCase = z.infer<typeof failedPageCaseSchema>;

/** `failed-pages.json`: robot checks, sign-in walls, error and not-found pages, and the products they must not be confused with. */
export function loadFailedPageCases(): FailedPageCase[] {
  const cases = z.array(failedPageCaseSchema).parse(JSON.parse(fs.readFileSync(path.join(dir, "failed-pages.json"), "utf8")));
  const seen = new Set<string>();
  for (const { case: name, item } of cases) {
    // One ASIN per case, so a split over all of them keeps each case apart.
    if (seen.has(name) || seen.has(item.originalAsin)) throw new Error(`failed-pages.json: ${name} repeats a case name or ASIN`);
    seen.add(name).add(item.originalAsin);
  }
  return cases;
}
