import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCrawlRun } from "@/lib/crawl/start-crawl-run";
import { completeCrawlRun } from "@/lib/crawl/complete-crawl-run";
import { runCrawl } from "@/lib/crawl/crawl-batch";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { addProducts } from "@/lib/products/add-products";
import { createApifySource } from "@/lib/sources/apify/apify-source";
import type { ProductSource } from "@/lib/sources/types";
import { answerFromItems, startApifyTestServer, type ApifyTestServer } from "../support/apify-server";
import { createUserWithWorkspace } from "../support/factories";
import { fixtureProducts, loadApifyFixture, loadExpectedChanges, type ExpectedChange } from "../support/fixtures";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const day1 = loadApifyFixture("catalog-day1");
const day2 = loadApifyFixture("catalog-day2");
const products = fixtureProducts(day1);
const marketplacesInFixture = [...new Set(products.map((p) => p.marketplace))];
const asinsIn = (m: MarketplaceCode) => products.filter((p) => p.marketplace === m).map((p) => p.asin);

// What each documented change must produce with the default thresholds (10 % price, 30 % BSR,
// 0.2 stars); null = below the threshold, must not fire.
function expectedKind({ change }: ExpectedChange): string | null {
  if (typeof change.price === "number") return Math.abs(change.price) >= 0.1 ? "price_change" : null;
  if (typeof change.bsr === "number") return Math.abs(change.bsr) >= 0.3 ? "bsr_change" : null;
  if (change.oos) return "out_of_stock";
  if (change.title) return "title_change";
  if (change.bullets) return "bullets_change";
  if (typeof change.reviews === "number") return "review_count_drop";
  if (typeof change.rating === "number") return Math.abs(change.rating) >= 0.2 ? "rating_drop" : null;
  if (change.seller) return "buy_box_seller_change";
  throw new Error(`unmapped change ${JSON.stringify(change)}`);
}

describe.each(testDatabaseKinds())("anomaly detection on the day-1 / day-2 fixtures (%s)", (kind) => {
  let t: TestDatabase;
  let apify: ApifyTestServer;
  let source: ProductSource;
  let workspaceId: string;
  let userId: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    apify = await startApifyTestServer({ script: answerFromItems(day1) });
    source = createApifySource({ token: apify.token, baseUrl: apify.baseUrl, batchSize: 200, maxRetries: 2 });
    ({ workspaceId, userId } = await createUserWithWorkspace(t.db));
    await addProducts({ db: t.db, workspaceId, items: products.map((p, line) => ({ ...p, line, kind: "competitor", tags: [] })) });
  });
  afterAll(async () => {
    await apify.close();
    await t.close();
  });

  const crawlAll = async (now: Date, key: string) => {
    const results = [];
    for (const m of marketplacesInFixture) {
      results.push(await runCrawl({ db: t.db, source, workspaceId, marketplace: m, asins: asinsIn(m), trigger: "scheduled", key: `${key}:${m}`, now }));
    }
    return results;
  };
  const events = () =>
    t.query<{ asin: string; kind: string; severity: string; reason: { key: string; values: Record<string, unknown> } }>(
      `SELECT p.asin, a.kind::text AS kind, a.severity::text AS severity, a.reason FROM "Anomaly" a JOIN "Product" p ON p.id = a."productId" ORDER BY 1, 2`,
    );

  it("the first crawl has nothing to compare with and raises nothing", async () => {
    await crawlAll(new Date("2026-11-01T06:00:00Z"), "day1");
    expect(await events()).toEqual([]);
  });

  it("day 2 produces exactly the documented changes above the default thresholds, and nothing else", async () => {
    apify.setScript(answerFromItems(day2));
    const runs = await crawlAll(new Date("2026-11-02T06:00:00Z"), "day2");
    const expected = loadExpectedChanges()
      .map((c) => ({ asin: c.asin, kind: expectedKind(c) }))
      .filter((e): e is { asin: string; kind: string } => e.kind !== null)
      .sort((a, b) => a.asin.localeCompare(b.asin) || a.kind.localeCompare(b.kind));
    const found = await events();
    expect(found.map(({ asin, kind }) => ({ asin, kind }))).toEqual(expected);
    // The 5 % price move and the 20 % BSR move are in the fixture but below the defaults.
    expect(found.map((e) => e.asin)).not.toContain("B00PFMHYSE");
    expect(found.map((e) => e.asin)).not.toContain("B08HMNV2MV");
    expect(runs.flatMap((r) => r.anomalyIds)).toHaveLength(expected.length);
  });

  it("each event explains itself with display-ready values", async () => {
    const byAsin = new Map((await events()).map((e) => [e.asin, e]));
    expect(byAsin.get("B0DA6UWS7H")?.reason).toEqual({
      key: "price_change",
      values: { direction: "down", percent: "15%", before: "$289.70", after: "$246.24", threshold: "10%" },
    });
    expect(byAsin.get("B0EGA5MUER")?.reason).toEqual({
      key: "bsr_change",
      values: { category: "Electronics", direction: "worse", percent: "45%", before: "18,432", after: "26,726", threshold: "30%" },
    });
    expect(byAsin.get("B0EHJ4X305")?.reason).toEqual({ key: "out_of_stock", values: { availability: "Currently unavailable." } });
    expect(byAsin.get("B0E0ZV1K84")?.reason.values).toEqual({ before: "35,096", after: "34,976", removed: "120" });
    expect(byAsin.get("B004A2Q1LL")?.reason.values).toEqual({ before: "3.8", after: "3.5", threshold: "0.2" });
    expect(byAsin.get("B0TV9YK042")).toMatchObject({
      severity: "info",
      reason: { key: "buy_box_seller_change", values: { before: "Kestrel Audio Official Store", after: "QuickShip Deals" } },
    });
    expect(byAsin.get("B0UR729ETC")?.reason).toEqual({ key: "bullets_change", values: { added: 1, removed: 1 } });
    const [compared] = await t.query<{ ok: boolean }>(
      `SELECT bool_and(f."capturedAt" < s."capturedAt" AND f."productId" = a."productId" AND s.id = a."toSnapshotId" AND a."detectedAt" = s."capturedAt") AS ok
       FROM "Anomaly" a JOIN "Snapshot" f ON f.id = a."fromSnapshotId" JOIN "Snapshot" s ON s.id = a."toSnapshotId"`,
    );
    expect(compared?.ok).toBe(true);
  });

  it("writes one pending instant email per event for the owner (default preference)", async () => {
    const rows = await t.db.alertDelivery.findMany({ where: { workspaceId } });
    expect(rows).toHaveLength((await events()).length);
    expect(rows.every((r) => r.channel === "email" && r.status === "pending" && r.recipient === `user:${userId}` && r.userId === userId)).toBe(true);
  });

  it("re-running or replaying the same crawl adds no anomaly and no delivery", async () => {
    const before = { events: await events(), deliveries: await t.db.alertDelivery.count() };
    await crawlAll(new Date("2026-11-02T06:00:00Z"), "day2");
    // Same readings through a new run record (a replay): stored history and events unchanged.
    const result = await source.fetch({ marketplace: "US", asins: asinsIn("US"), now: new Date("2026-11-02T06:00:00Z") });
    const captured = await t.query<{ asin: string; at: Date }>(
      `SELECT p.asin, max(s."capturedAt") AS at FROM "Snapshot" s JOIN "Product" p ON p.id = s."productId" GROUP BY 1`,
    );
    for (const r of result.readings) r.capturedAt = new Date(captured.find((c) => c.asin === r.asin)!.at);
    const run = await startCrawlRun({ db: t.db, workspaceId, marketplace: "US", asins: asinsIn("US"), trigger: "manual", source: "apify" });
    const summary = await completeCrawlRun({ db: t.db, run, result, now: new Date("2026-11-02T07:00:00Z") });
    expect(summary.anomalyIds).toEqual([]);
    expect(await events()).toEqual(before.events);
    expect(await t.db.alertDelivery.count()).toBe(before.deliveries);
  });
});
