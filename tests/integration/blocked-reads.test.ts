import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDueBatches } from "@/lib/crawl/find-due-batches";
import { runCrawl } from "@/lib/crawl/crawl-batch";
import { addProducts } from "@/lib/products/add-products";
import { createApifySource } from "@/lib/sources/apify/apify-source";
import type { ProductSource } from "@/lib/sources/types";
import { startApifyTestServer, type ApifyTestServer } from "../support/apify-server";
import { createUserWithWorkspace } from "../support/factories";
import { loadApifyFixture, loadFailedPageCases } from "../support/fixtures";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const day1 = loadApifyFixture("catalog-day1");
const cases = loadFailedPageCases();
const usDay1 = day1.filter((i) => String(i.url).includes("amazon.com/"));
const [blockedAsin, hollowAsin, steadyAsin] = usDay1.slice(0, 3).map((i) => String(i.originalAsin));
// A failed page as Apify returns it, for one of our products.
const pageFor = (name: string, asin: string) => {
  const c = cases.find((x) => x.case === name)!;
  return { ...c.item, asin, originalAsin: asin };
};

describe.each(testDatabaseKinds())("blocked and broken pages on %s", (kind) => {
  let t: TestDatabase;
  let apify: ApifyTestServer;
  let source: ProductSource;
  let workspaceId: string;
  let answer: (asin: string) => unknown[] = () => [];

  const day = (n: number) => new Date(Date.UTC(2026, 10, n, 6));
  const crawl = (n: number, asins = [blockedAsin!, hollowAsin!, steadyAsin!]) =>
    runCrawl({ db: t.db, source, workspaceId, marketplace: "US", asins, trigger: "scheduled", now: day(n) });
  const product = (asin: string) => t.db.product.findFirstOrThrow({ where: { workspaceId, asin } });

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    apify = await startApifyTestServer({ script: ({ asins }) => ({ items: asins.flatMap((a) => answer(a)) }) });
    source = createApifySource({ token: apify.token, baseUrl: apify.baseUrl, maxRetries: 1 });
    ({ workspaceId } = await createUserWithWorkspace(t.db));
    await addProducts({
      db: t.db,
      workspaceId,
      items: [blockedAsin!, hollowAsin!, steadyAsin!].map((asin, line) => ({ line, asin, marketplace: "US" as const, kind: "own" as const, tags: [] })),
    });
    answer = (asin) => usDay1.filter((i) => i.originalAsin === asin);
    expect(await crawl(1)).toMatchObject({ status: "succeeded", readingsStored: 3 });
  });
  afterAll(async () => {
    await apify.close();
    await t.close();
  });

  it("a robot-check page stores no reading, keeps the last good values, raises no anomaly and is recorded as blocked", async () => {
    const before = await product(blockedAsin!);
    answer = (asin) => (asin === blockedAsin ? [pageFor("robot-check-en", asin)] : asin === hollowAsin ? [pageFor("hollow-with-previous", asin)] : usDay1.filter((i) => i.originalAsin === asin));
    const result = await crawl(2);

    expect(result).toMatchObject({ status: "partial", readingsStored: 1 });
    expect(result.failures).toEqual([
      { asin: blockedAsin, reason: "blocked", detail: 'robot check page (title "Robot Check")' },
      { asin: hollowAsin, reason: "invalid", detail: expect.stringContaining("no price, BSR, rating or review count") },
    ]);
    const after = await product(blockedAsin!);
    // The latest state is the last good reading, untouched: not nulls from the captcha page.
    for (const column of ["price", "buyBoxPrice", "bsr", "rating", "reviewCount", "inStock", "title", "brand", "buyBoxSellerId", "listingHash", "lastReadingAt"] as const) {
      expect(String(after[column])).toBe(String(before[column]));
    }
    expect(after).toMatchObject({ lastFailureKind: "blocked", lastFailureReason: 'robot check page (title "Robot Check")', failureStreak: 1, lastFailedAt: day(2) });
    expect(await product(hollowAsin!)).toMatchObject({ lastFailureKind: "invalid", failureStreak: 1 });
    expect(await t.db.snapshot.count({ where: { capturedAt: day(2) } })).toBe(1);
    expect(await t.db.anomaly.count({ where: { workspaceId } })).toBe(0);
    expect(await t.db.alertDelivery.count({ where: { workspaceId } })).toBe(0);
    const run = await t.db.crawlRun.findUniqueOrThrow({ where: { id: result.crawlRunId } });
    expect(run.status).toBe("partial");
    expect((run.failures as Array<{ reason: string }>).map((f) => f.reason)).toEqual(["blocked", "invalid"]);
  });

  it("the failed products are due again at the next tick, the good one is not", async () => {
    const due = await findDueBatches({ db: t.db, now: new Date(day(2).getTime() + 60 * 60_000), batchSize: 200 });
    expect(due.flatMap((b) => b.asins).sort()).toEqual([blockedAsin, hollowAsin].sort());
  });

  it("the next good read is compared with the last good reading: unchanged, so no anomaly", async () => {
    answer = (asin) => usDay1.filter((i) => i.originalAsin === asin);
    expect(await crawl(3)).toMatchObject({ status: "succeeded", readingsStored: 3 });
    expect(await t.db.anomaly.count({ where: { workspaceId } })).toBe(0);
    expect(await product(blockedAsin!)).toMatchObject({ failureStreak: 0, lastReadingAt: day(3) });
  });

  it("a run mixing good, blocked, not-found and malformed items stores the good ones and classifies each other one", async () => {
    const notFound = cases.find((c) => c.case === "not-found-en")!;
    const malformed = cases.find((c) => c.case === "invalid-price-string")!;
    answer = (asin) =>
      asin === blockedAsin ? [pageFor("sign-in-en", asin)] : asin === hollowAsin ? [pageFor(notFound.case, asin)] : asin === steadyAsin ? [pageFor(malformed.case, asin)] : [];
    const result = await crawl(4);
    expect(result).toMatchObject({ status: "failed", readingsStored: 0 });
    expect(result.failures.map((f) => [f.asin, f.reason])).toEqual([
      [blockedAsin, "blocked"],
      [hollowAsin, "not_found"],
      [steadyAsin, "invalid"],
    ]);
    answer = (asin) => (asin === blockedAsin ? usDay1.filter((i) => i.originalAsin === asin) : [pageFor("robot-check-de", asin)]);
    const mixed = await crawl(5);
    expect(mixed).toMatchObject({ status: "partial", readingsStored: 1 });
    expect(await t.db.anomaly.count({ where: { workspaceId } })).toBe(0);
  });
});
