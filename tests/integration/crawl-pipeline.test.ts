import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CRAWL_LEASE_MS, interruptStaleCrawlRuns } from "@/lib/crawl/crawl-heartbeat";
import { startCrawlRun } from "@/lib/crawl/start-crawl-run";
import { completeCrawlRun } from "@/lib/crawl/complete-crawl-run";
import { runCrawl } from "@/lib/crawl/crawl-batch";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { addProducts } from "@/lib/products/add-products";
import { createApifySource } from "@/lib/sources/apify/apify-source";
import type { ProductSource } from "@/lib/sources/types";
import { answerFromItems, startApifyTestServer, type ApifyTestServer } from "../support/apify-server";
import { createUserWithWorkspace } from "../support/factories";
import { fixtureProducts, loadApifyFixture } from "../support/fixtures";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const day1 = loadApifyFixture("catalog-day1");
const day2 = loadApifyFixture("catalog-day2");
const products = fixtureProducts(day1);
const marketplacesInFixture = [...new Set(products.map((p) => p.marketplace))];
const asinsIn = (m: MarketplaceCode) => products.filter((p) => p.marketplace === m).map((p) => p.asin);

describe.each(testDatabaseKinds())("crawl pipeline on %s", (kind) => {
  let t: TestDatabase;
  let apify: ApifyTestServer;
  let source: ProductSource;
  let workspaceId: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    apify = await startApifyTestServer({ script: answerFromItems(day1, { usageTotalUsd: 0.0123 }) });
    source = createApifySource({ token: apify.token, baseUrl: apify.baseUrl, batchSize: 200, maxRetries: 2 });
    ({ workspaceId } = await createUserWithWorkspace(t.db));
    await addProducts({
      db: t.db,
      workspaceId,
      items: products.map((p, line) => ({ ...p, line, kind: "competitor", tags: [] })),
    });
  });
  afterAll(async () => {
    await apify.close();
    await t.close();
  });

  const crawlAll = async (now: Date, key?: string) => {
    const results = [];
    for (const m of marketplacesInFixture) {
      results.push(await runCrawl({ db: t.db, source, workspaceId, marketplace: m, asins: asinsIn(m), trigger: "scheduled", key: key && `${key}:${m}`, now }));
    }
    return results;
  };
  const history = () =>
    t.query(`SELECT p.asin, s."capturedAt", s.price::text, s."buyBoxPrice"::text, s.currency, s.bsr, s.rating::text, s."reviewCount",
                    s."inStock", s."listingVersionId" FROM "Snapshot" s JOIN "Product" p ON p.id = s."productId" ORDER BY 1, 2`);
  const latest = () =>
    t.query(`SELECT asin, marketplace, price::text, currency, bsr, "bsrCategory", rating::text, "reviewCount", "inStock", title,
                    "listingVersionId", "lastReadingAt", "failureStreak" FROM "Product" ORDER BY asin`);

  it("stores one reading per product with ISO currencies and records the run", async () => {
    const runs = await crawlAll(new Date("2026-11-01T06:00:00Z"), "day1");
    expect(runs.every((r) => r.status === "succeeded")).toBe(true);
    expect(runs.reduce((n, r) => n + r.readingsStored, 0)).toBe(products.length);
    // One Apify run per marketplace, never one per product.
    expect(apify.runs).toHaveLength(marketplacesInFixture.length);

    const uk = await t.db.product.findFirstOrThrow({ where: { workspaceId, marketplace: "UK" } });
    const jp = await t.db.product.findFirstOrThrow({ where: { workspaceId, marketplace: "JP" } });
    const de = await t.db.product.findFirstOrThrow({ where: { workspaceId, marketplace: "DE" } });
    expect([uk.currency, jp.currency, de.currency]).toEqual(["GBP", "JPY", "EUR"]);
    const first = day1[0] as { originalAsin: string; price: { value: number }; reviewsCount: number; stars: number; title: string };
    const p = await t.db.product.findFirstOrThrow({ where: { workspaceId, asin: first.originalAsin } });
    expect(p.price?.toNumber()).toBe(first.price.value);
    expect(p.reviewCount).toBe(first.reviewsCount);
    expect(p.rating?.toNumber()).toBe(first.stars);
    expect(p.title).toBe(first.title);

    const run = await t.db.crawlRun.findFirstOrThrow({ where: { workspaceId, key: "day1:US" } });
    expect(run).toMatchObject({ status: "succeeded", trigger: "scheduled", source: "apify", readingsStored: asinsIn("US").length });
    expect(run.sourceRunIds).toHaveLength(1);
    expect(run.costUsd?.toNumber()).toBeCloseTo(0.0123);
    expect(run.finishedAt).not.toBeNull();
  });

  it("the same crawl triggered again changes nothing and starts no Apify run", async () => {
    const before = { history: await history(), latest: await latest(), apifyRuns: apify.runs.length };
    await crawlAll(new Date("2026-11-01T06:00:00Z"), "day1");
    expect(await history()).toEqual(before.history);
    expect(await latest()).toEqual(before.latest);
    expect(apify.runs.length).toBe(before.apifyRuns);
  });

  it("the same readings ingested twice leave identical history", async () => {
    const before = { history: await history(), latest: await latest() };
    const result = await source.fetch({ marketplace: "US", asins: asinsIn("US"), now: new Date("2026-11-01T06:00:00Z") });
    // Same capture time as day 1's US crawl: a replay of that crawl's data.
    for (const r of result.readings) r.capturedAt = new Date((before.history.find((h) => h.asin === r.asin) as { capturedAt: Date }).capturedAt);
    const run = await startCrawlRun({ db: t.db, workspaceId, marketplace: "US", asins: asinsIn("US"), trigger: "manual", source: "apify" });
    const summary = await completeCrawlRun({ db: t.db, run, result, now: new Date("2026-11-01T06:00:00Z") });
    expect(summary.readingsStored).toBe(0);
    expect(await history()).toEqual(before.history);
    expect(await latest()).toEqual(before.latest);
  });

  it("a crawl killed after fetching and re-run completes without duplicates", async () => {
    apify.setScript(answerFromItems(day2, { usageTotalUsd: 0.01 }));
    const now = new Date("2026-11-02T06:00:00Z");
    // The process dies after the run record was opened (and maybe after Apify answered); its
    // heartbeat stops, and once that lapses the run counts as interrupted:
    await startCrawlRun({ db: t.db, workspaceId, marketplace: "US", asins: asinsIn("US"), trigger: "scheduled", source: "apify", key: "day2:US" });
    expect(await interruptStaleCrawlRuns({ db: t.db, now: new Date(Date.now() + CRAWL_LEASE_MS + 1000) })).toBe(1);
    const rerun = await crawlAll(now, "day2");
    expect(rerun.every((r) => r.status === "succeeded")).toBe(true);
    const rows = (await history()) as Array<{ asin: string }>;
    expect(rows).toHaveLength(products.length * 2);
    expect(new Set(rows.map((r) => `${r.asin}`)).size).toBe(products.length);
    expect(await t.db.crawlRun.count({ where: { workspaceId, key: "day2:US" } })).toBe(1);
  });

  it("listing content is versioned only when it changes", async () => {
    const versions = await t.query<{ asin: string; n: number }>(
      `SELECT p.asin, count(*)::int AS n FROM "ListingVersion" v JOIN "Product" p ON p.id = v."productId" GROUP BY 1 HAVING count(*) > 1`,
    );
    // Day 2 changed the title of B09LVBX5D7 and the bullets of B0UR729ETC; nothing else.
    expect(versions.map((v) => v.asin).sort()).toEqual(["B09LVBX5D7", "B0UR729ETC"]);
    const titleChanged = await t.db.product.findFirstOrThrow({ where: { workspaceId, asin: "B09LVBX5D7" } });
    const item = day2.find((i) => i.originalAsin === "B09LVBX5D7") as { title: string };
    expect(titleChanged.title).toBe(item.title);
  });

  it("an out-of-stock reading stores no price; a failed read keeps the last good values and is marked", async () => {
    const oos = await t.db.product.findFirstOrThrow({ where: { workspaceId, asin: "B0EHJ4X305" } });
    expect(oos).toMatchObject({ inStock: false, price: null });

    const target = asinsIn("US")[0]!;
    const before = await t.db.product.findFirstOrThrow({ where: { workspaceId, asin: target } });
    apify.setScript(() => ({ items: [] }));
    const res = await runCrawl({ db: t.db, source, workspaceId, marketplace: "US", asins: [target], trigger: "manual", now: new Date("2026-11-03T06:00:00Z") });
    expect(res).toMatchObject({ status: "failed", readingsStored: 0, failures: [{ asin: target, reason: "missing" }] });

    const after = await t.db.product.findFirstOrThrow({ where: { workspaceId, asin: target } });
    expect(after.price?.toString()).toBe(before.price?.toString());
    expect(after.lastReadingAt).toEqual(before.lastReadingAt);
    expect(after.lastFailedAt).toEqual(new Date("2026-11-03T06:00:00Z"));
    expect(after).toMatchObject({ failureStreak: 1 });
    expect(after).toMatchObject({ lastFailureKind: "missing", lastFailureReason: "the actor returned no item for this ASIN" });
    expect(await t.db.snapshot.count({ where: { productId: after.id } })).toBe(2);
  });

  it("a FAILED Apify run is a failed crawl, recorded with its run id", async () => {
    apify.setScript(() => ({ status: "FAILED", statusMessage: "Actor crashed", usageTotalUsd: 0.002 }));
    const res = await runCrawl({ db: t.db, source, workspaceId, marketplace: "UK", asins: asinsIn("UK"), trigger: "manual", now: new Date("2026-11-04T06:00:00Z") });
    expect(res.status).toBe("failed");
    expect(res.failures.every((f) => f.reason === "run_failed")).toBe(true);
    const run = await t.db.crawlRun.findFirstOrThrow({ where: { id: res.crawlRunId } });
    expect(run.sourceRunIds).toHaveLength(1);
    expect(run.costUsd?.toNumber()).toBeCloseTo(0.002);
    expect(await t.db.snapshot.count({ where: { capturedAt: new Date("2026-11-04T06:00:00Z") } })).toBe(0);
  });
});
