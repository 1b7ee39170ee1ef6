import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { acknowledge, markAllRead, markRead } from "@/lib/actions/alerts";
import { saveProductThresholds } from "@/lib/actions/product-thresholds";
import { saveWorkspaceThresholds } from "@/lib/actions/thresholds";
import { anomalyFiltersSchema, countUnread, listAnomalies } from "@/lib/anomalies/list-anomalies";
import { getProductAlertThresholds, getWorkspaceAlertSettings } from "@/lib/anomalies/update-thresholds";
import { ingestReadings } from "@/lib/crawl/complete-crawl-run";
import { addProducts } from "@/lib/products/add-products";
import { createUserWithWorkspace } from "../support/factories";
import { request, translatorFor } from "../support/next-request-mocks";
import { reading } from "../support/readings";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

describe.each(testDatabaseKinds())("notification centre and thresholds (%s)", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  const filters = (f: Record<string, string> = {}) => anomalyFiltersSchema.parse({ status: "all", ...f });
  const list = (userId: string, f: Record<string, string> = {}) => listAnomalies({ db: t.db, workspaceId: alice.workspaceId, userId, filters: filters(f) });

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
    await addProducts({
      db: t.db,
      workspaceId: alice.workspaceId,
      items: ["B0CENTRE01", "B0CENTRE02"].map((asin, line) => ({ line, asin, marketplace: "US" as const, kind: "competitor" as const, tags: [] })),
    });
    const ingest = (readings: ReturnType<typeof reading>[]) => ingestReadings({ db: t.db, workspaceId: alice.workspaceId, marketplace: "US", readings });
    const future = (day: number) => `2099-01-0${day}T06:00:00Z`; // after Alice joined, so unread for her
    await ingest([reading("B0CENTRE01", future(1)), reading("B0CENTRE02", future(1))]);
    await ingest([
      reading("B0CENTRE01", future(2), { price: 150, buyBoxPrice: 150, rating: 4.0 }),
      reading("B0CENTRE02", future(2), { inStock: false, price: null, buyBoxPrice: null, availabilityText: "Currently unavailable." }),
    ]);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    request.reset(t.db);
    request.userId = alice.userId;
  });

  it("lists events newest first with product, severity, reason and a link to the product at that moment", async () => {
    const { items, total } = await list(alice.userId);
    expect(total).toBe(3);
    const price = items.find((i) => i.kind === "price_change")!;
    expect(price.product).toMatchObject({ asin: "B0CENTRE01", marketplace: "US", currency: "USD" });
    expect(price.href).toBe(`/products/${price.product.id}?at=2099-01-02T06%3A00%3A00.000Z`);
    expect(price.read).toBe(false);
    type Reasons = (key: string, values: Record<string, string | number>) => string;
    const en = translatorFor("anomalies.reasons") as unknown as Reasons;
    expect(en(price.reason.key, price.reason.values)).toBe("The price rose 50%, from $100.00 to $150.00 (threshold 10%).");
    request.locale = "zh-CN";
    expect((translatorFor("anomalies.reasons") as unknown as Reasons)(price.reason.key, price.reason.values)).toBe("价格上涨了 50%，从 $100.00 变为 $150.00（阈值 10%）。");
  });

  it("filters by kind, severity and product", async () => {
    expect((await list(alice.userId, { kind: "out_of_stock" })).items.map((i) => i.product.asin)).toEqual(["B0CENTRE02"]);
    expect((await list(alice.userId, { severity: "warning" })).items.map((i) => i.kind).sort()).toEqual(["out_of_stock", "price_change", "rating_drop"]);
    const p1 = await t.db.product.findFirstOrThrow({ where: { asin: "B0CENTRE01" } });
    expect((await list(alice.userId, { product: p1.id })).total).toBe(2);
    // Junk in the URL is ignored, not an error.
    expect(anomalyFiltersSchema.parse({ kind: "nope", page: "-3", status: "??" })).toEqual({ status: "open", page: 1 });
  });

  it("read and acknowledged are per user; acknowledging clears it from the unread count and the open list", async () => {
    const unread = () => countUnread({ db: t.db, workspaceId: alice.workspaceId, userId: alice.userId });
    expect(await unread()).toBe(3);
    const [first, second] = (await list(alice.userId)).items;
    expect(await markRead({ ids: [first!.id] })).toMatchObject({ ok: true });
    expect(await unread()).toBe(2);
    expect(await acknowledge({ ids: [second!.id] })).toMatchObject({ ok: true });
    expect(await unread()).toBe(1);
    expect((await list(alice.userId, { status: "open" })).items.map((i) => i.id)).not.toContain(second!.id);
    expect((await list(alice.userId, { status: "unread" })).total).toBe(1);
    expect(await markAllRead({})).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await unread()).toBe(0);
  });

  it("another workspace cannot read or mark these events", async () => {
    request.userId = bob.userId;
    const ids = (await list(alice.userId)).items.map((i) => i.id);
    expect(await acknowledge({ ids })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await t.db.anomalyReceipt.count({ where: { userId: bob.userId } })).toBe(0);
    expect(await countUnread({ db: t.db, workspaceId: alice.workspaceId, userId: bob.userId })).toBe(0);
  });

  it("a member who joins later has no unread backlog", async () => {
    const late = await createUserWithWorkspace(t.db);
    await t.db.membership.create({ data: { userId: late.userId, workspaceId: alice.workspaceId, role: "member", createdAt: new Date("2099-01-03T00:00:00Z") } });
    expect(await countUnread({ db: t.db, workspaceId: alice.workspaceId, userId: late.userId })).toBe(0);
    expect((await list(late.userId)).items.every((i) => i.read)).toBe(true);
  });

  it("workspace thresholds: owners save them, bad values get field messages", async () => {
    const bad = await saveWorkspaceThresholds({ priceChangePercent: "abc", buyBoxPriceChangePercent: "10", bsrChangePercent: "0", ratingDrop: "0.2", cooldownHours: "24" });
    expect(bad).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { priceChangePercent: "This value is not valid.", bsrChangePercent: expect.stringContaining("0.1") } } });
    expect(await saveWorkspaceThresholds({ priceChangePercent: "5", buyBoxPriceChangePercent: "10", bsrChangePercent: "25", ratingDrop: "0.3", cooldownHours: "12" })).toMatchObject({ ok: true });
    expect(await getWorkspaceAlertSettings({ db: t.db, workspaceId: alice.workspaceId })).toEqual({
      priceChangePercent: 5, buyBoxPriceChangePercent: 10, bsrChangePercent: 25, ratingDrop: 0.3, cooldownHours: 12,
    });
  });

  it("product overrides: empty fields fall back to the default; other workspaces get not found", async () => {
    const p = await t.db.product.findFirstOrThrow({ where: { asin: "B0CENTRE01" } });
    expect(await saveProductThresholds({ productId: p.id, priceChangePercent: "2", buyBoxPriceChangePercent: "", bsrChangePercent: "", ratingDrop: "" })).toMatchObject({ ok: true });
    expect((await getProductAlertThresholds({ db: t.db, workspaceId: alice.workspaceId, productId: p.id })).overrides).toEqual({ priceChangePercent: 2 });
    request.userId = bob.userId;
    expect(await saveProductThresholds({ productId: p.id, priceChangePercent: "50", buyBoxPriceChangePercent: "", bsrChangePercent: "", ratingDrop: "" })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
  });
});
