import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemoWorkspace, deleteDemoWorkspace } from "@/lib/demo/create-demo-workspace";
import { ingestReadings } from "@/lib/crawl/complete-crawl-run";
import { reading } from "../support/readings";
import { createUserWithWorkspace } from "../support/factories";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

describe.each(testDatabaseKinds())("demo workspace on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("has ~24 products across marketplaces with ~180 days of labelled history, once per user", async () => {
    const user = await createUserWithWorkspace(t.db);
    const now = new Date("2026-11-24T12:00:00Z");
    const demo = await createDemoWorkspace({ db: t.db, userId: user.userId, name: "Demo", now });
    expect(demo.created).toBe(true);

    const workspace = await t.db.workspace.findUniqueOrThrow({ where: { id: demo.workspaceId } });
    expect(workspace.isDemo).toBe(true);
    const products = await t.db.product.findMany({ where: { workspaceId: demo.workspaceId } });
    expect(products).toHaveLength(24);
    expect(new Set(products.map((p) => p.marketplace)).size).toBeGreaterThanOrEqual(4);
    expect(products.some((p) => p.kind === "own")).toBe(true);
    expect(products.every((p) => p.isDemo && p.lastReadingAt !== null && p.title)).toBe(true);

    const perProduct = await t.query<{ n: number; first: Date; last: Date; demo: boolean }>(
      `SELECT count(*)::int AS n, min("capturedAt") AS first, max("capturedAt") AS last, bool_and("isDemo") AS demo
       FROM "Snapshot" WHERE "workspaceId" = '${demo.workspaceId}' GROUP BY "productId"`,
    );
    expect(perProduct).toHaveLength(24);
    for (const p of perProduct) {
      expect(p.n).toBeGreaterThanOrEqual(179);
      expect(p.n).toBeLessThanOrEqual(181);
      expect(p.demo).toBe(true);
      expect(new Date(p.last).getTime()).toBeLessThanOrEqual(now.getTime());
    }
    // Listing changes in the simulation become listing versions.
    expect(await t.db.listingVersion.count({ where: { workspaceId: demo.workspaceId } })).toBeGreaterThan(24);

    const again = await createDemoWorkspace({ db: t.db, userId: user.userId, name: "Demo", now });
    expect(again).toEqual({ workspaceId: demo.workspaceId, created: false });
  });

  it("its months of past alerts are history, not news: opening it queues no email or webhook; a crawl after it does", async () => {
    const user = await createUserWithWorkspace(t.db);
    const now = new Date("2026-11-24T12:00:00Z");
    const demo = await createDemoWorkspace({ db: t.db, userId: user.userId, name: "Demo", now, days: 60 });
    expect(await t.db.anomaly.count({ where: { workspaceId: demo.workspaceId } })).toBeGreaterThan(0);
    expect(await t.db.alertDelivery.count({ where: { workspaceId: demo.workspaceId } })).toBe(0);

    const product = await t.db.product.findFirstOrThrow({ where: { workspaceId: demo.workspaceId, marketplace: "US" } });
    const halved = Math.round(product.price!.toNumber() * 50) / 100;
    const later = reading(product.asin, new Date(now.getTime() + 3_600_000), {
      isDemo: true,
      price: halved,
      buyBoxPrice: product.buyBoxPrice === null ? null : halved,
      bsr: product.bsr,
      rating: product.rating?.toNumber() ?? null,
      reviewCount: product.reviewCount,
      inStock: product.inStock,
      buyBoxSellerId: product.buyBoxSellerId,
      buyBoxSellerName: product.buyBoxSellerName,
    });
    // As a crawl an hour later would ingest it: its events are news.
    const ingest = await ingestReadings({ db: t.db, workspaceId: demo.workspaceId, marketplace: "US", readings: [later], freshSince: later.capturedAt });
    expect(ingest.anomalyIds.length).toBeGreaterThan(0);
    const deliveries = await t.db.alertDelivery.findMany({ where: { workspaceId: demo.workspaceId } });
    expect(deliveries.length).toBeGreaterThan(0);
    expect(new Set(deliveries.map((d) => d.anomalyId))).toEqual(new Set(ingest.anomalyIds));
  });

  it("only its owner can delete it, and never a real workspace", async () => {
    const owner = await createUserWithWorkspace(t.db);
    const other = await createUserWithWorkspace(t.db);
    const demo = await createDemoWorkspace({ db: t.db, userId: owner.userId, name: "Demo", days: 3 });
    expect(await deleteDemoWorkspace({ db: t.db, userId: other.userId, workspaceId: demo.workspaceId })).toEqual({ deleted: false });
    expect(await deleteDemoWorkspace({ db: t.db, userId: owner.userId, workspaceId: owner.workspaceId })).toEqual({ deleted: false });
    expect(await deleteDemoWorkspace({ db: t.db, userId: owner.userId, workspaceId: demo.workspaceId })).toEqual({ deleted: true });
    expect(await t.db.product.count({ where: { workspaceId: demo.workspaceId } })).toBe(0);
    expect(await t.db.workspace.count({ where: { id: owner.workspaceId } })).toBe(1);
  });
});
