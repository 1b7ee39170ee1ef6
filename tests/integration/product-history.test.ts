import "../support/next-request-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportProductHistory } from "@/lib/export/export-product-history";
import { getProductHistory, maxChartPoints } from "@/lib/history/get-product-history";
import { listListingChanges } from "@/lib/history/list-listing-changes";
import { createUserWithWorkspace } from "../support/factories";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const DAY = 86_400_000;
const now = new Date("2026-06-30T12:00:00Z");
// Daily readings for two years, except three outages the crawler could not read through.
const outages: Array<[number, number]> = [[3, 5], [40, 49], [500, 510]];
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);

describe.each(testDatabaseKinds())("product history on %s", (kind) => {
  let t: TestDatabase;
  let workspaceId: string;
  let productId: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    ({ workspaceId } = await createUserWithWorkspace(t.db));
    const product = await t.db.product.create({ data: { workspaceId, asin: "B0HIST0001", marketplace: "JP", currency: "JPY", bsrCategory: "家電" } });
    productId = product.id;
    const v1 = await t.db.listingVersion.create({
      data: { productId, workspaceId, contentHash: "a", firstSeenAt: daysAgo(729), title: "ワイヤレスイヤホン", brand: "Hal", bullets: ["防水", "30時間"], images: ["1.jpg"] },
    });
    const v2 = await t.db.listingVersion.create({
      data: { productId, workspaceId, contentHash: "b", firstSeenAt: daysAgo(100), title: "ワイヤレスイヤホン Pro", brand: "Hal", bullets: ["防水 IPX7", "30時間"], images: ["1.jpg", "2.jpg"] },
    });
    const data = [];
    for (let d = 729; d >= 0; d--) {
      if (outages.some(([a, b]) => d >= a && d <= b)) continue;
      data.push({
        productId,
        workspaceId,
        capturedAt: daysAgo(d),
        currency: "JPY",
        // A one-day price crash and a one-day rank spike deep in the past must survive downsampling.
        price: d === 600 ? 980 : 4980 + (d % 9) * 10,
        buyBoxPrice: 4980,
        bsr: d === 650 ? 3 : 1200 + (d % 13) * 50,
        bsrCategory: "家電",
        rating: 4.3,
        reviewCount: 1000 + (729 - d),
        inStock: true,
        buyBoxSellerId: d > 20 && d < 24 ? "S2" : "S1",
        buyBoxSellerName: d > 20 && d < 24 ? "家電ストア・ミナト" : "Hal Official",
        listingVersionId: d > 100 ? v1.id : v2.id,
      });
    }
    await t.db.snapshot.createMany({ data });
  });
  afterAll(() => t.close());

  it("returns the readings of each range, oldest first, with the product's currency and category", async () => {
    for (const [range, expected] of [["7d", 5], ["30d", 31 - 3], ["all", 730 - 3 - 10 - 11]] as const) {
      const h = await getProductHistory({ db: t.db, workspaceId, productId, range, now });
      expect(h.readings, range).toBe(expected);
    }
    const week = await getProductHistory({ db: t.db, workspaceId, productId, range: "7d", now });
    expect(week).toMatchObject({ currency: "JPY", bsrCategory: "家電", from: daysAgo(7).toISOString(), to: now.toISOString() });
    expect(week.price.map((r) => r.t)).toEqual([...week.price.map((r) => r.t)].sort((a, b) => a - b));
  });

  it("leaves gaps where reads are missing instead of drawing through them", async () => {
    const h = await getProductHistory({ db: t.db, workspaceId, productId, range: "90d", now });
    expect(h.interval).toBe(DAY);
    const gaps = h.price.filter((r) => r.price === null && r.buyBoxPrice === null).map((r) => Math.round((now.getTime() - r.t) / DAY));
    expect(gaps).toEqual([49, 5]);
    expect(h.bsr.filter((r) => r.bsr === null)).toHaveLength(2);
  });

  it("downsamples two years to a bounded number of points and keeps the extremes", async () => {
    const h = await getProductHistory({ db: t.db, workspaceId, productId, range: "all", now });
    for (const series of [h.price, h.bsr, h.rating, h.reviews]) expect(series.length).toBeLessThanOrEqual(maxChartPoints);
    expect(h.price.length).toBeLessThan(h.readings);
    expect(Math.min(...h.price.flatMap((r) => (r.price === null ? [] : [r.price])))).toBe(980);
    expect(Math.min(...h.bsr.flatMap((r) => (r.bsr === null ? [] : [r.bsr])))).toBe(3);
    expect(h.price.filter((r) => r.price === null && r.buyBoxPrice === null)).toHaveLength(3);
  });

  it("exports every reading of the range as CSV with ISO dates, the currency and the title of the time", async () => {
    const { csv, rows, filename } = await exportProductHistory({ db: t.db, workspaceId, productId, range: "all", now });
    expect(filename).toBe("B0HIST0001-JP-history-all-2026-06-30.csv");
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines).toHaveLength(rows + 1);
    expect(rows).toBe(706);
    expect(lines[1]).toBe(`${daysAgo(729).toISOString()},B0HIST0001,JP,JPY,4980,4980,,true,,1250,家電,4.3,1000,S1,Hal Official,ワイヤレスイヤホン`);
    expect(lines.at(-1)).toContain("ワイヤレスイヤホン Pro");
  });

  it("logs listing edits and buy box seller switches, newest first", async () => {
    const changes = await listListingChanges({ db: t.db, workspaceId, productId });
    expect(changes.map((c) => [c.kind, Math.round((now.getTime() - Date.parse(c.at)) / DAY)])).toEqual([
      ["buyBoxSeller", 20],
      ["buyBoxSeller", 23],
      ["listing", 100],
    ]);
    const listing = changes.find((c) => c.kind === "listing")!;
    if (listing.kind !== "listing") throw new Error("expected a listing change");
    expect(listing.title).toMatchObject({ before: "ワイヤレスイヤホン", after: "ワイヤレスイヤホン Pro" });
    expect(listing.bullets?.map((b) => b.kind)).toEqual(["changed", "same"]);
    expect(listing.images).toEqual({ added: ["2.jpg"], removed: [] });
    expect(changes[1]).toMatchObject({ before: { name: "Hal Official" }, after: { name: "家電ストア・ミナト" } });
  });
});
