import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReadings } from "@/lib/crawl/complete-crawl-run";
import { addProducts } from "@/lib/products/add-products";
import type { ProductReading } from "@/lib/sources/types";
import { createUserWithWorkspace } from "../support/factories";
import { reading } from "../support/readings";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

describe.each(testDatabaseKinds())("anomaly detection rules in the pipeline (%s)", (kind) => {
  let t: TestDatabase;
  let workspaceId: string;
  let n = 0;
  // Each test gets its own product (fresh ASIN), so cooldowns and history never interfere.
  const newProduct = async (productKind: "own" | "competitor" = "competitor") => {
    const asin = `B0TEST${String(++n).padStart(4, "0")}`;
    await addProducts({ db: t.db, workspaceId, items: [{ line: 1, asin, marketplace: "US", kind: productKind, tags: [] }] });
    return { asin, product: await t.db.product.findFirstOrThrow({ where: { workspaceId, asin } }) };
  };
  const ingest = (readings: ProductReading[], failures: Array<{ asin: string }> = [], failedAt?: Date) =>
    ingestReadings({ db: t.db, workspaceId, marketplace: "US", readings, failures: failures.map((f) => ({ ...f, reason: "missing" as const, detail: "" })), failedAt });
  const anomaliesOf = (productId: string) => t.db.anomaly.findMany({ where: { productId }, orderBy: [{ detectedAt: "asc" }, { kind: "asc" }] });

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    ({ workspaceId } = await createUserWithWorkspace(t.db));
  });
  afterAll(async () => t.close());

  it("a failed read raises nothing, and the next good reading is compared with the last good one", async () => {
    const { asin, product } = await newProduct();
    await ingest([reading(asin, "2026-11-01T06:00:00Z", { price: 100, buyBoxPrice: 100 })]);
    const failed = await ingest([], [{ asin }], new Date("2026-11-02T06:00:00Z"));
    expect(failed.anomalyIds).toEqual([]);
    await ingest([reading(asin, "2026-11-03T06:00:00Z", { price: 80, buyBoxPrice: 80 })]);
    const [a, ...rest] = await anomaliesOf(product.id);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ kind: "price_change", before: 100, after: 80 });
    expect(a!.change).toBeCloseTo(-0.2);
    const from = await t.db.snapshot.findFirstOrThrow({ where: { id: a!.fromSnapshotId! } });
    expect(from.capturedAt).toEqual(new Date("2026-11-01T06:00:00Z"));
  });

  it("going out of stock is one stock event, not a price change; coming back is back_in_stock only", async () => {
    const { asin, product } = await newProduct();
    await ingest([reading(asin, "2026-11-01T06:00:00Z")]);
    await ingest([reading(asin, "2026-11-02T06:00:00Z", { inStock: false, price: null, buyBoxPrice: null, availabilityText: null, buyBoxSellerId: null, buyBoxSellerName: null })]);
    await ingest([reading(asin, "2026-11-03T06:00:00Z", { price: 130, buyBoxPrice: 130 })]);
    const found = await anomaliesOf(product.id);
    expect(found.map((a) => [a.kind, a.severity])).toEqual([["out_of_stock", "warning"], ["back_in_stock", "info"]]);
    expect(found[0]!.reason).toEqual({ key: "out_of_stock_plain", values: {} });
    expect(found[1]!.after).toMatchObject({ inStock: true, price: 130 });
  });

  it("the same condition does not re-alert within the cooldown, and does after it", async () => {
    const { asin, product } = await newProduct();
    await ingest([reading(asin, "2026-11-01T00:00:00Z", { buyBoxSellerId: "A", buyBoxSellerName: "A" })]);
    // The buy box rotates every few hours: one alert per 24 h (the default cooldown).
    const rotation = ["B", "A", "B", "A", "B"].map((s, i) =>
      reading(asin, new Date(Date.parse("2026-11-01T00:00:00Z") + (i + 1) * 6 * 3_600_000), { buyBoxSellerId: s, buyBoxSellerName: s }),
    );
    for (const r of rotation) await ingest([r]);
    const found = await anomaliesOf(product.id);
    expect(found.map((a) => a.detectedAt.toISOString())).toEqual(["2026-11-01T06:00:00.000Z", "2026-11-02T06:00:00.000Z"]);
  });

  it("the cooldown is a workspace setting; 0 alerts every time", async () => {
    await t.db.workspace.update({ where: { id: workspaceId }, data: { alertThresholds: { cooldownHours: 0 } } });
    const { asin, product } = await newProduct();
    // One ingest holding a backlog of daily readings (as after an outage): compared in order.
    await ingest(["A", "B", "A", "B"].map((s, i) => reading(asin, `2026-11-0${i + 1}T06:00:00Z`, { buyBoxSellerId: s, buyBoxSellerName: s })));
    // With no cooldown every hand-over alerts, even two in one hour.
    await ingest([reading(asin, "2026-11-04T06:30:00Z", { buyBoxSellerId: "A", buyBoxSellerName: "A" })]);
    const found = await anomaliesOf(product.id);
    expect(found.map((a) => a.detectedAt.toISOString())).toEqual(
      ["2026-11-02T06:00:00.000Z", "2026-11-03T06:00:00.000Z", "2026-11-04T06:00:00.000Z", "2026-11-04T06:30:00.000Z"],
    );
    await t.db.workspace.update({ where: { id: workspaceId }, data: { alertThresholds: {} } });
  });

  it("a per-product override beats the workspace default", async () => {
    const strict = await newProduct();
    const normal = await newProduct();
    await t.db.product.update({ where: { id: strict.product.id }, data: { alertThresholds: { priceChangePercent: 3, bsrChangePercent: 50 } } });
    const day1 = (asin: string) => reading(asin, "2026-11-01T06:00:00Z", { price: 100, buyBoxPrice: 100, bsr: 1000 });
    const day2 = (asin: string) => reading(asin, "2026-11-02T06:00:00Z", { price: 95, buyBoxPrice: 95, bsr: 1400 });
    await ingest([day1(strict.asin), day1(normal.asin)]);
    await ingest([day2(strict.asin), day2(normal.asin)]);
    expect((await anomaliesOf(strict.product.id)).map((a) => a.kind)).toEqual(["price_change"]);
    const [bsr] = await anomaliesOf(normal.product.id);
    expect(bsr).toMatchObject({ kind: "bsr_change", severity: "info", reason: { key: "bsr_change", values: { direction: "worse", percent: "40%", threshold: "30%" } } });
  });

  it("a new seller taking the buy box of an own product is a critical possible hijack", async () => {
    const own = await newProduct("own");
    await ingest([reading(own.asin, "2026-11-01T06:00:00Z")]);
    await ingest([reading(own.asin, "2026-11-02T06:00:00Z", { buyBoxSellerId: "HIJACK", buyBoxSellerName: "Cheap Copies Ltd" })]);
    const [a] = await anomaliesOf(own.product.id);
    expect(a).toMatchObject({
      kind: "buy_box_seller_change",
      severity: "critical",
      reason: { key: "buy_box_seller_change_hijack", values: { before: "Brand Store", after: "Cheap Copies Ltd" } },
    });
  });

  it("listing changes are one event per changed part", async () => {
    const { asin, product } = await newProduct();
    await ingest([reading(asin, "2026-11-01T06:00:00Z")]);
    const listing = { title: "New title", brand: "Other", bullets: ["One", "Three", "Four"], images: ["a.jpg"], categoryPath: ["Electronics"] };
    await ingest([reading(asin, "2026-11-02T06:00:00Z", { listing })]);
    const found = await anomaliesOf(product.id);
    expect(found.map((a) => a.kind).sort()).toEqual(["brand_change", "bullets_change", "title_change"]);
    expect(found.find((a) => a.kind === "bullets_change")?.reason).toEqual({ key: "bullets_change", values: { added: 2, removed: 1 } });
  });

  it("a backlog in one ingest compares its first reading with the stored one and each later one with the reading before it", async () => {
    const { asin, product } = await newProduct();
    await ingest([reading(asin, "2026-11-01T06:00:00Z")]);
    const titled = (title: string) => ({ title, brand: "Brand", bullets: ["One", "Two"], images: ["a.jpg"], categoryPath: ["Electronics"] });
    // Given newest first: the order a source returns readings in is not the order they happened.
    await ingest([
      reading(asin, "2026-11-05T06:00:00Z", { price: 50, buyBoxPrice: 50, listing: titled("Third title") }),
      reading(asin, "2026-11-03T06:00:00Z", { price: 70, buyBoxPrice: 70, listing: titled("Second title") }),
    ]);
    const found = await anomaliesOf(product.id);
    expect(found.map((a) => [a.kind, a.before, a.after])).toEqual([
      ["price_change", 100, 70],
      ["title_change", `Product ${asin}`, "Second title"],
      ["price_change", 70, 50],
      ["title_change", "Second title", "Third title"],
    ]);
    const snapshots = await t.db.snapshot.findMany({ where: { productId: product.id }, orderBy: { capturedAt: "asc" } });
    expect(found[2]!.fromSnapshotId).toBe(snapshots[1]!.id);
    expect(found[2]!.toSnapshotId).toBe(snapshots[2]!.id);
  });

  it("the same reading twice in one ingest is stored once, and the latest state and alerts follow the stored one", async () => {
    const { asin, product } = await newProduct();
    await ingest([reading(asin, "2026-11-01T06:00:00Z")]);
    const result = await ingest([
      reading(asin, "2026-11-02T06:00:00Z", { price: 80, buyBoxPrice: 80 }),
      reading(asin, "2026-11-02T06:00:00Z", { price: 60, buyBoxPrice: 60 }),
    ]);
    expect(result.readingsStored).toBe(1);
    const stored = await t.db.snapshot.findMany({ where: { productId: product.id, capturedAt: new Date("2026-11-02T06:00:00Z") } });
    expect(stored.map((s) => s.price?.toNumber())).toEqual([80]);
    expect((await t.db.product.findUniqueOrThrow({ where: { id: product.id } })).price?.toNumber()).toBe(80);
    expect((await anomaliesOf(product.id)).map((a) => [a.kind, a.after])).toEqual([["price_change", 80]]);
  });

  it("two ingests of the same products at once run one after the other: one change, one alert", async () => {
    // No cooldown, so only the comparison decides: the second ingest must compare with what
    // the first stored (80), not with what both saw before either wrote (100).
    await t.db.workspace.update({ where: { id: workspaceId }, data: { alertThresholds: { cooldownHours: 0 } } });
    const { asin, product } = await newProduct();
    await ingest([reading(asin, "2026-11-01T06:00:00Z", { price: 100, buyBoxPrice: 100 })]);
    await Promise.all([
      ingest([reading(asin, "2026-11-02T06:00:00Z", { price: 80, buyBoxPrice: 80 })]),
      ingest([reading(asin, "2026-11-02T07:00:00Z", { price: 80, buyBoxPrice: 80 })]),
    ]);
    const found = await anomaliesOf(product.id);
    expect(found.map((a) => [a.kind, a.before, a.after])).toEqual([["price_change", 100, 80]]);
    await t.db.workspace.update({ where: { id: workspaceId }, data: { alertThresholds: {} } });
  });

  it("writes the outbox by member preference and webhook kinds, in the same transaction", async () => {
    const other = await createTestDatabase(kind);
    try {
      const owner = await createUserWithWorkspace(other.db);
      const ws = owner.workspaceId;
      const join = async (emailMode: "instant" | "digest" | "none", alertKinds: string[] = []) => {
        const u = await createUserWithWorkspace(other.db);
        await other.db.membership.create({ data: { userId: u.userId, workspaceId: ws, role: "member", emailMode, alertKinds } });
        return u.userId;
      };
      const digest = await join("digest");
      const silent = await join("none");
      const priceOnly = await join("instant", ["price_change"]);
      const all = await other.db.webhook.create({ data: { workspaceId: ws, url: "https://hooks.example.test/a", secret: "s" } });
      const stockHook = await other.db.webhook.create({ data: { workspaceId: ws, url: "https://hooks.example.test/b", secret: "s", kinds: ["out_of_stock"] } });
      await other.db.webhook.create({ data: { workspaceId: ws, url: "https://hooks.example.test/c", secret: "s", active: false } });
      await addProducts({ db: other.db, workspaceId: ws, items: [{ line: 1, asin: "B0OUTBOX01", marketplace: "US", kind: "competitor", tags: [] }] });
      // As a crawl that ran at the time of these readings: its events are news.
      const run = (readings: ProductReading[]) =>
        ingestReadings({ db: other.db, workspaceId: ws, marketplace: "US", readings, freshSince: new Date("2026-11-02T06:00:00Z") });
      await run([reading("B0OUTBOX01", "2026-11-01T06:00:00Z")]);
      const result = await run([reading("B0OUTBOX01", "2026-11-02T06:00:00Z", { price: 120, buyBoxPrice: 120, rating: 4.1 })]);
      expect(result.anomalyIds).toHaveLength(2);

      const rows = await other.db.alertDelivery.findMany({ include: { anomaly: true } });
      const owed = rows.map((r) => `${r.anomaly.kind} ${r.channel} ${r.recipient}`).sort();
      expect(owed).toEqual(
        [
          `price_change email user:${owner.userId}`,
          `rating_drop email user:${owner.userId}`,
          `price_change email_digest user:${digest}`,
          `rating_drop email_digest user:${digest}`,
          `price_change email user:${priceOnly}`,
          `price_change webhook webhook:${all.id}`,
          `rating_drop webhook webhook:${all.id}`,
        ].sort(),
      );
      expect(owed.join()).not.toContain(silent);
      expect(owed.join()).not.toContain(stockHook.id);
      expect(rows.every((r) => r.status === "pending" && r.attempts === 0 && r.workspaceId === ws)).toBe(true);
      // One product, one ingest: its instant rows for one person are one email.
      const ownerRows = rows.filter((r) => r.channel === "email" && r.recipient === `user:${owner.userId}`);
      expect(new Set(ownerRows.map((r) => r.groupKey)).size).toBe(1);
      expect(ownerRows[0]!.groupKey).toContain(ownerRows[0]!.anomaly.productId);
      expect(rows.filter((r) => r.channel !== "email").every((r) => r.groupKey === null)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it("events found in old readings fed in late (a backfill, an import) are stored but never delivered", async () => {
    const other = await createTestDatabase(kind);
    try {
      const { workspaceId: ws } = await createUserWithWorkspace(other.db);
      await other.db.webhook.create({ data: { workspaceId: ws, url: "https://hooks.example.test/a", secret: "s" } });
      await addProducts({ db: other.db, workspaceId: ws, items: [{ line: 1, asin: "B0BACKFIL1", marketplace: "US", kind: "competitor", tags: [] }] });
      // No crawl run, no freshSince: the ingest's own clock (now) decides what is news.
      const late = (readings: ProductReading[]) => ingestReadings({ db: other.db, workspaceId: ws, marketplace: "US", readings });
      await late([reading("B0BACKFIL1", "2026-05-01T06:00:00Z")]);
      const result = await late([reading("B0BACKFIL1", "2026-05-02T06:00:00Z", { price: 120, buyBoxPrice: 120 })]);
      expect(result.anomalyIds.length).toBeGreaterThan(0);
      expect(await other.db.anomaly.count({ where: { workspaceId: ws } })).toBe(result.anomalyIds.length);
      expect(await other.db.alertDelivery.count()).toBe(0);
      // The same change read just now is news and is delivered.
      const fresh = await late([reading("B0BACKFIL1", new Date().toISOString(), { price: 60, buyBoxPrice: 60 })]);
      expect(fresh.anomalyIds.length).toBeGreaterThan(0);
      expect(await other.db.alertDelivery.count({ where: { anomalyId: { in: fresh.anomalyIds } } })).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });
});
