import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCrawlBatch } from "@/inngest/functions/crawl-batch";
import { createProductsAdded } from "@/inngest/functions/products-added";
import { createScheduledCrawl } from "@/inngest/functions/scheduled-crawl";
import { addProducts } from "@/lib/products/add-products";
import { createApifySource } from "@/lib/sources/apify/apify-source";
import { answerFromItems, startApifyTestServer, type ApifyTestServer } from "../support/apify-server";
import { createUserWithWorkspace } from "../support/factories";
import { fixtureProducts, loadApifyFixture } from "../support/fixtures";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const day1 = loadApifyFixture("catalog-day1");
const usAsins = fixtureProducts(day1).filter((p) => p.marketplace === "US").map((p) => p.asin).sort();
const ukAsins = fixtureProducts(day1).filter((p) => p.marketplace === "UK").map((p) => p.asin).sort();
const now = new Date("2026-11-10T06:05:00Z");

type SentEvent = { name: string; data: { workspaceId: string; marketplace: string; asins: string[]; key: string; trigger: string }; id: string };

describe("Inngest crawl functions", () => {
  let t: TestDatabase;
  let apify: ApifyTestServer;
  let a: string;
  let b: string;
  const getDb = async () => t.db;

  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    apify = await startApifyTestServer({ script: answerFromItems(day1, { usageTotalUsd: 0.05 }) });
    a = (await createUserWithWorkspace(t.db)).workspaceId;
    b = (await createUserWithWorkspace(t.db)).workspaceId;
    const items = (asins: string[], marketplace: "US" | "UK") => asins.map((asin, line) => ({ line, asin, marketplace, kind: "competitor" as const, tags: [] }));
    await addProducts({ db: t.db, workspaceId: a, items: [...items(usAsins.slice(0, 5), "US"), ...items(ukAsins.slice(0, 2), "UK")] });
    await addProducts({ db: t.db, workspaceId: b, items: items(usAsins.slice(0, 2), "US") });
    // Not due: paused, and crawled an hour ago on a daily schedule.
    await t.db.product.updateMany({ where: { workspaceId: a, asin: usAsins[3] }, data: { paused: true } });
    await t.db.product.updateMany({ where: { workspaceId: a, asin: usAsins[4] }, data: { lastCrawledAt: new Date(now.getTime() - 3600_000) } });
  });
  afterAll(async () => {
    await apify.close();
    await t.close();
  });

  const runCron = async () => {
    const fn = createScheduledCrawl({ getDb, batchSize: () => 2, now: () => now });
    const engine = new InngestTestEngine({ function: fn, events: [{ name: "inngest/scheduled.timer", data: {}, ts: now.getTime() }] as never });
    const { result, ctx } = await engine.execute({ steps: [{ id: "fan-out-batches", handler: () => ({ ids: [] }) }] });
    const sent = (ctx.step.sendEvent as unknown as { mock: { calls: Array<[string, SentEvent[]]> } }).mock.calls;
    return { result, sent: sent.flatMap(([, events]) => events) };
  };

  it("the cron fans out one event per workspace × marketplace × batch of due products", async () => {
    const { result, sent } = await runCron();
    const shape = sent.map((e) => ({ ws: e.data.workspaceId === a ? "A" : "B", m: e.data.marketplace, n: e.data.asins.length })).sort((x, y) => `${x.ws}${x.m}${x.n}`.localeCompare(`${y.ws}${y.m}${y.n}`));
    // A: 3 due US products (one paused, one fresh) → 2 batches of ≤2; 2 UK → 1 batch. B: 2 US → 1 batch.
    expect(shape).toEqual([
      { ws: "A", m: "UK", n: 2 },
      { ws: "A", m: "US", n: 1 },
      { ws: "A", m: "US", n: 2 },
      { ws: "B", m: "US", n: 2 },
    ]);
    expect(result).toEqual({ batches: 4, asins: 7 });
    expect(sent.every((e) => e.name === "crawl/batch.requested" && e.data.trigger === "scheduled")).toBe(true);
    const asinsOfA = sent.filter((e) => e.data.workspaceId === a && e.data.marketplace === "US").flatMap((e) => e.data.asins).sort();
    expect(asinsOfA).toEqual(usAsins.slice(0, 3));
  });

  it("a repeated tick sends the same event ids (Inngest drops the repeats), and the tick is recorded once for Settings → System", async () => {
    const first = await runCron();
    const second = await runCron();
    expect(second.sent.map((e) => e.id)).toEqual(first.sent.map((e) => e.id));
    expect(new Set(first.sent.map((e) => e.id)).size).toBe(first.sent.length);
    const recorded = await t.db.jobRun.findMany({ where: { job: "crawl" } });
    expect(recorded).toEqual([expect.objectContaining({ runner: "inngest", status: "succeeded", tick: now, summary: { batches: 4, asins: 7 } })]);
  });

  it("the batch function fetches, stores the readings and records the run with its failures", async () => {
    const source = createApifySource({ token: apify.token, baseUrl: apify.baseUrl, maxRetries: 1 });
    const fn = createCrawlBatch({ getDb, getSource: () => source, now: () => now });
    const asins = [...usAsins.slice(0, 2), "B0NOTTHERE"];
    await addProducts({ db: t.db, workspaceId: a, items: [{ line: 1, asin: "B0NOTTHERE", marketplace: "US", kind: "competitor", tags: [] }] });
    const event = { name: "crawl/batch.requested", data: { workspaceId: a, marketplace: "US", asins, trigger: "scheduled", key: "scheduled:US:2026-11-10T06:0" } };

    const { result, error } = await new InngestTestEngine({ function: fn, events: [event] as never }).execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ status: "partial", asinsAsked: 3, readingsStored: 2, failures: 1 });

    const run = await t.db.crawlRun.findFirstOrThrow({ where: { workspaceId: a, key: event.data.key } });
    expect(run).toMatchObject({ status: "partial", readingsStored: 2, source: "apify", trigger: "scheduled" });
    expect(run.failures).toEqual([expect.objectContaining({ asin: "B0NOTTHERE", reason: "missing" })]);
    expect(run.costUsd?.toNumber()).toBeCloseTo(0.05);
    expect(await t.db.snapshot.count({ where: { workspaceId: a } })).toBe(2);
    const missing = await t.db.product.findFirstOrThrow({ where: { workspaceId: a, asin: "B0NOTTHERE" } });
    expect(missing).toMatchObject({ failureStreak: 1, lastReadingAt: null });

    // The same event delivered again: nothing is fetched or stored twice.
    const apifyRunsBefore = apify.runs.length;
    const again = await new InngestTestEngine({ function: fn, events: [event] as never }).execute();
    expect(again.result).toMatchObject({ skipped: true });
    expect(apify.runs.length).toBe(apifyRunsBefore);
    expect(await t.db.snapshot.count({ where: { workspaceId: a } })).toBe(2);
  });

  it("a batch that finds anomalies asks for their delivery at once", async () => {
    const day2 = loadApifyFixture("catalog-day2");
    apify.setScript(answerFromItems(day2));
    const source = createApifySource({ token: apify.token, baseUrl: apify.baseUrl, maxRetries: 1 });
    const later = new Date(now.getTime() + 86_400_000);
    const fn = createCrawlBatch({ getDb, getSource: () => source, now: () => later });
    const event = { name: "crawl/batch.requested", data: { workspaceId: a, marketplace: "US", asins: usAsins.slice(0, 5), trigger: "scheduled", key: "scheduled:US:day2" } };
    const { result, ctx } = await new InngestTestEngine({ function: fn, events: [event] as never }).execute({
      steps: [{ id: "request-alert-delivery", handler: () => ({ ids: [] }) }],
    });
    expect((result as { anomalies: number }).anomalies).toBeGreaterThan(0);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      "request-alert-delivery",
      expect.objectContaining({ name: "alerts/deliveries.requested", data: { workspaceId: a } }),
    );
  });

  it("added products get first-crawl events in batches, keyed by when they were added", async () => {
    const fn = createProductsAdded(() => 2);
    const event = { name: "products/added", data: { workspaceId: b, marketplace: "UK", asins: ["B0C", "B0A", "B0B"], addedAt: "2026-11-10T07:00:00.000Z" } };
    const { result, ctx } = await new InngestTestEngine({ function: fn, events: [event] as never }).execute({
      steps: [{ id: "request-first-crawls", handler: () => ({ ids: [] }) }],
    });
    expect(result).toEqual({ batches: 2 });
    const sent = (ctx.step.sendEvent as unknown as { mock: { calls: Array<[string, SentEvent[]]> } }).mock.calls[0]![1];
    expect(sent.map((e) => [e.data.asins, e.data.trigger])).toEqual([
      [["B0A", "B0B"], "new_product"],
      [["B0C"], "new_product"],
    ]);
    expect(sent.map((e) => e.id)).toEqual([`${b}:new:UK:2026-11-10T07:00:00.000Z:0`, `${b}:new:UK:2026-11-10T07:00:00.000Z:1`]);
  });
});
