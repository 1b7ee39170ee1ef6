import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tagSelected } from "@/lib/actions/products";
import { GET } from "@/app/api/products/route";
import { ACTIVE_WORKSPACE_COOKIE } from "@/lib/auth/action";
import { listParamsSchema, type ListParams } from "@/lib/products/list-params";
import { loadDashboardSummary } from "@/lib/dashboard/load-dashboard-summary";
import { loadProductList, type ProductListPage } from "@/lib/products/list-products";
import { ingestReadings } from "@/lib/crawl/complete-crawl-run";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { addProducts } from "@/lib/products/add-products";
import { createUserWithWorkspace } from "../support/factories";
import { request } from "../support/next-request-mocks";
import { dailyReadings } from "../support/synthetic-readings";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const now = new Date("2026-06-15T12:00:00Z");
const DAY = 86_400_000;
const fillers = Array.from({ length: 10 }, (_, i) => `B0FILL${String(i + 1).padStart(4, "0")}`);

describe.each(testDatabaseKinds())("dashboard product list on %s", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;

  const add = async (workspaceId: string, asin: string, marketplace: MarketplaceCode, kind: "own" | "competitor", tags: string[] = []) =>
    addProducts({ db: t.db, workspaceId, items: [{ line: 1, asin, marketplace, kind, tags }] });

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
    const ws = alice.workspaceId;
    await add(ws, "B0AAAAAAA1", "US", "own", ["audio"]);
    await add(ws, "B0AAAAAAA2", "US", "competitor", ["audio", "rival"]);
    await add(ws, "B0AAAAAAA3", "UK", "competitor");
    await add(ws, "B0AAAAAAA4", "DE", "own");
    await add(ws, "B0AAAAAAA5", "US", "competitor");
    for (const asin of fillers) await add(ws, asin, "JP", "competitor");

    const us = [
      // Rank climbing from #2,000 to #1,000; price 30 until today's 33.
      ...dailyReadings("B0AAAAAAA1", "US", now, 10, (i) => ({ title: "Wireless Earbuds Pro", bsr: 2000 - Math.round((i * 1000) / 9), price: i === 9 ? 33 : 30 })),
      // Rank slipping, out of stock today.
      ...dailyReadings("B0AAAAAAA2", "US", now, 10, (i) => ({ title: "Bluetooth Speaker Mini", bsr: 500 + i * 33, inStock: i < 9, price: i < 9 ? 25 : null })),
      ...dailyReadings("B0AAAAAAA5", "US", new Date(now.getTime() - DAY), 10, () => ({ title: "Wireless Charger", bsr: 1500 })),
    ];
    await ingestReadings({ db: t.db, workspaceId: ws, marketplace: "US", readings: us });
    await ingestReadings({ db: t.db, workspaceId: ws, marketplace: "US", readings: [], failures: [{ asin: "B0AAAAAAA5", reason: "not_found", detail: "" }], failedAt: now });
    // Last read three days ago: stale for a daily product.
    await ingestReadings({ db: t.db, workspaceId: ws, marketplace: "UK", readings: dailyReadings("B0AAAAAAA3", "UK", new Date(now.getTime() - 3 * DAY), 5, () => ({ title: "Kitchen Scale", bsr: 300, price: 15 })) });
    await ingestReadings({
      db: t.db,
      workspaceId: ws,
      marketplace: "JP",
      readings: fillers.flatMap((asin, i) => dailyReadings(asin, "JP", now, 1, () => ({ title: `Filler ${i + 1}`, bsr: 5001 + i, price: 1000 }))),
    });
    await add(bob.workspaceId, "B0BOBBOB01", "US", "own");
  });
  afterAll(() => t.close());
  beforeEach(() => request.reset(t.db));

  const list = (params: Partial<Record<keyof ListParams, string | number>> = {}) =>
    loadProductList({ db: t.db, workspaceId: alice.workspaceId, params: listParamsSchema.parse(params), now });
  const asins = (page: ProductListPage) => page.items.map((p) => p.asin);

  it("sorts by BSR either way, products without a rank last", async () => {
    const asc = await list({ sort: "bsr", size: 25 });
    expect(asins(asc)).toEqual(["B0AAAAAAA3", "B0AAAAAAA2", "B0AAAAAAA1", "B0AAAAAAA5", ...fillers, "B0AAAAAAA4"]);
    const desc = await list({ sort: "bsr", dir: "desc", size: 25 });
    expect(asins(desc)).toEqual([...[...fillers].reverse(), "B0AAAAAAA5", "B0AAAAAAA1", "B0AAAAAAA2", "B0AAAAAAA3", "B0AAAAAAA4"]);
    expect(asins(await list({ sort: "title", size: 25 })).slice(0, 2)).toEqual(["B0AAAAAAA2", "B0FILL0001"]);
  });

  it("pages on the server: every product exactly once, with the total", async () => {
    const first = await list({ sort: "bsr", size: 10 });
    const second = await list({ sort: "bsr", size: 10, page: 2 });
    expect(first).toMatchObject({ total: 15, pages: 2, page: 1 });
    expect(first.items).toHaveLength(10);
    expect(asins(second)).toEqual(["B0FILL0007", "B0FILL0008", "B0FILL0009", "B0FILL0010", "B0AAAAAAA4"]);
    expect(new Set([...asins(first), ...asins(second)]).size).toBe(15);
    expect((await list({ size: 10, page: 3 })).items).toEqual([]);
  });

  it("filters by marketplace, own or competitor, tag, stock and failing reads", async () => {
    expect(asins(await list({ marketplace: "UK" }))).toEqual(["B0AAAAAAA3"]);
    expect(asins(await list({ kind: "own", sort: "asin" }))).toEqual(["B0AAAAAAA1", "B0AAAAAAA4"]);
    expect(asins(await list({ tag: "rival" }))).toEqual(["B0AAAAAAA2"]);
    expect(asins(await list({ stock: "out" }))).toEqual(["B0AAAAAAA2"]);
    expect(asins(await list({ stock: "unknown" }))).toEqual(["B0AAAAAAA4"]);
    expect(asins(await list({ failing: "1" }))).toEqual(["B0AAAAAAA5"]);
    expect(asins(await list({ marketplace: "US", kind: "competitor", stock: "in" }))).toEqual(["B0AAAAAAA5"]);
    expect((await list()).facets).toEqual({ tags: ["audio", "rival"], marketplaces: ["DE", "JP", "UK", "US"] });
  });

  it("searches titles case-insensitively and ASINs by any part", async () => {
    expect(asins(await list({ q: "wireless", sort: "asin" }))).toEqual(["B0AAAAAAA1", "B0AAAAAAA5"]);
    expect(asins(await list({ q: "b0aaaaaaa3" }))).toEqual(["B0AAAAAAA3"]);
    expect((await list({ q: "AAAAA" })).total).toBe(5);
    expect((await list({ q: "100%_" })).total).toBe(0);
  });

  it("gives each row a 30-day sparkline with gaps, change badges and freshness", async () => {
    const rows = new Map((await list({ size: 25 })).items.map((p) => [p.asin, p]));
    const earbuds = rows.get("B0AAAAAAA1")!;
    expect(earbuds.spark.bsr).toHaveLength(30);
    expect(earbuds.spark.bsr.slice(0, 20).every((v) => v === null)).toBe(true);
    expect(earbuds.spark.bsr.at(-1)).toBe(1000);
    expect(earbuds.spark.price.at(-1)).toBe(33);
    expect(earbuds.changes.price.d1).toMatchObject({ direction: "up", verdict: "neutral", from: 30, to: 33 });
    expect(earbuds.changes.bsr.d1).toMatchObject({ verdict: "better" });
    expect(earbuds.changes.bsr.d7).toMatchObject({ verdict: "better", direction: "down" });

    const speaker = rows.get("B0AAAAAAA2")!;
    expect(speaker.changes.price.d1).toBeNull(); // out of stock today
    expect(speaker.changes.bsr.d7).toMatchObject({ verdict: "worse" });

    expect(rows.get("B0AAAAAAA4")!.changes).toEqual({ price: { d1: null, d7: null }, bsr: { d1: null, d7: null } });
    expect(rows.get("B0FILL0001")!.changes.bsr.d1).toBeNull(); // only one reading
    expect(rows.get("B0AAAAAAA3")).toMatchObject({ stale: true });
    expect(rows.get("B0AAAAAAA1")).toMatchObject({ stale: false, failureStreak: 0 });
    expect(rows.get("B0AAAAAAA5")!.failureStreak).toBeGreaterThan(0);
  });

  it("summarises the workspace in one set of counts", async () => {
    expect(await loadDashboardSummary({ db: t.db, workspaceId: alice.workspaceId, now })).toEqual({
      tracked: 15,
      priceMovesToday: 1,
      outOfStock: 1,
      failing: 1,
    });
    expect(await loadDashboardSummary({ db: t.db, workspaceId: bob.workspaceId, now })).toEqual({ tracked: 1, priceMovesToday: 0, outOfStock: 0, failing: 0 });
  });

  it("GET /api/products answers with the caller's own workspace only", async () => {
    request.userId = bob.userId;
    // Asking for Alice's workspace through the switcher cookie still gives Bob's own.
    request.cookies.set(ACTIVE_WORKSPACE_COOKIE, alice.workspaceId);
    const res = await GET(new Request("http://localhost/api/products?size=100"));
    expect(res.status).toBe(200);
    expect(asins(await res.json())).toEqual(["B0BOBBOB01"]);
    const search = await GET(new Request("http://localhost/api/products?q=B0AAAAAAA1&marketplace=US"));
    expect(await search.json()).toMatchObject({ total: 0, items: [], facets: { tags: [], marketplaces: ["US"] } });

    request.userId = alice.userId;
    request.cookies.clear();
    const mine = await GET(new Request("http://localhost/api/products?sort=bsr&stock=out"));
    expect(asins(await mine.json())).toEqual(["B0AAAAAAA2"]);
  });

  it("GET /api/products refuses signed-out callers and invalid parameters", async () => {
    const anonymous = await GET(new Request("http://localhost/api/products"));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    request.userId = alice.userId;
    const bad = await GET(new Request("http://localhost/api/products?sort=password&size=7"));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: "VALIDATION" } });
  });

  it("tags and untags the selection, and never another workspace's products", async () => {
    const ids = (await t.db.product.findMany({ where: { workspaceId: alice.workspaceId, asin: { in: ["B0AAAAAAA3", "B0AAAAAAA4"] } }, orderBy: { asin: "asc" } })).map((p) => p.id);
    request.userId = bob.userId;
    expect(await tagSelected({ ids, tag: "stolen", action: "add" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(asins(await list({ tag: "stolen" }))).toEqual([]);

    request.userId = alice.userId;
    expect(await tagSelected({ ids, tag: "q4 launch", action: "add" })).toMatchObject({ ok: true, data: { count: 2 } });
    expect(await tagSelected({ ids, tag: "q4 launch", action: "add" })).toMatchObject({ ok: true });
    const tagged = await list({ tag: "q4 launch", sort: "asin" });
    expect(tagged.items.map((p) => [p.asin, p.tags])).toEqual([["B0AAAAAAA3", ["q4 launch"]], ["B0AAAAAAA4", ["q4 launch"]]]);
    expect(await tagSelected({ ids: [ids[0]!], tag: "q4 launch", action: "remove" })).toMatchObject({ ok: true, data: { count: 1 } });
    expect(asins(await list({ tag: "q4 launch" }))).toEqual(["B0AAAAAAA4"]);
    expect(await tagSelected({ ids, tag: "  ", action: "add" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });
});

