import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { saveProductSettings, setProductPaused } from "@/lib/actions/product-settings";
import ProductPage from "@/app/(app)/products/[id]/page";
import { GET as historyCsv } from "@/app/api/products/[id]/history.csv/route";
import { GET as historyJson } from "@/app/api/products/[id]/history/route";
import { GET as productListCsv } from "@/app/api/products/export.csv/route";
import { findProductId } from "@/lib/history/get-product-overview";
import { createUserWithWorkspace } from "../support/factories";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const get = (path: string) => new Request(`http://localhost${path}`);
const params = <P,>(p: P) => ({ params: Promise.resolve(p) });

describe.each(testDatabaseKinds())("product pages and exports are private to their workspace on %s", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let productId: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
    const product = await t.db.product.create({
      data: { workspaceId: alice.workspaceId, asin: "B0PRIV0001", marketplace: "US", title: "Alice's secret 蓝牙耳机", currency: "USD" },
    });
    productId = product.id;
    await t.db.snapshot.create({
      data: { productId, workspaceId: alice.workspaceId, capturedAt: new Date(Date.now() - 3_600_000), currency: "USD", price: 19.99, bsr: 42 },
    });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    request.reset(t.db);
    request.userId = bob.userId;
  });

  it("another workspace's user gets 404 from the history API and both CSV downloads show only their own products", async () => {
    const json = await historyJson(get(`/api/products/${productId}/history?range=30d`), params({ id: productId }));
    expect(json.status).toBe(404);
    expect(await json.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
    const csv = await historyCsv(get(`/api/products/${productId}/history.csv`), params({ id: productId }));
    expect(csv.status).toBe(404);
    const list = await productListCsv(get("/api/products/export.csv"), params({}));
    expect(list.status).toBe(200);
    expect(await list.text()).not.toContain("B0PRIV0001");
  });

  it("the owner gets the history, the CSV with a file name, and the product in the list export", async () => {
    request.userId = alice.userId;
    const json = await historyJson(get(`/api/products/${productId}/history?range=7d`), params({ id: productId }));
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ range: "7d", readings: 1, currency: "USD", price: [{ price: 19.99 }] });
    const csv = await historyCsv(get(`/api/products/${productId}/history.csv?range=all`), params({ id: productId }));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="B0PRIV0001-US-history-all-\d{4}-\d{2}-\d{2}\.csv"/);
    expect((await csv.text()).split("\r\n")[1]).toMatch(/^\d{4}-.*Z,B0PRIV0001,US,USD,19\.99,/);
    const list = await (await productListCsv(get("/api/products/export.csv"), params({}))).text();
    expect(list).toContain("Alice's secret 蓝牙耳机");
  });

  it("signed-out requests are refused", async () => {
    request.userId = null;
    const res = await historyJson(get(`/api/products/${productId}/history`), params({ id: productId }));
    expect(res.status).toBe(401);
  });

  it("an unknown range is a validation error, not a crash", async () => {
    request.userId = alice.userId;
    const res = await historyJson(get(`/api/products/${productId}/history?range=10y`), params({ id: productId }));
    expect(res.status).toBe(422);
  });

  it("the product page is not found for another workspace's user, and found for the owner", async () => {
    const props = { params: Promise.resolve({ id: productId }), searchParams: Promise.resolve({}) };
    await expect(ProductPage(props)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    expect(await findProductId({ db: t.db, workspaceId: bob.workspaceId, marketplace: "us", asin: "b0priv0001" })).toBeNull();
    request.userId = alice.userId;
    await expect(ProductPage({ params: Promise.resolve({ id: productId }), searchParams: Promise.resolve({}) })).resolves.toBeTruthy();
    expect(await findProductId({ db: t.db, workspaceId: alice.workspaceId, marketplace: "us", asin: "b0priv0001" })).toBe(productId);
  });

  it("settings: another workspace gets not found, a viewer is refused, a member saves", async () => {
    const input = { id: productId, frequency: "hourly", kind: "own", tags: "audio, q4" } as const;
    expect(await saveProductSettings(input)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await setProductPaused({ id: productId, paused: true })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    request.userId = alice.userId;
    await t.db.membership.update({ where: { userId_workspaceId: { userId: alice.userId, workspaceId: alice.workspaceId } }, data: { role: "viewer" } });
    expect(await saveProductSettings(input)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await t.db.membership.update({ where: { userId_workspaceId: { userId: alice.userId, workspaceId: alice.workspaceId } }, data: { role: "member" } });
    expect(await saveProductSettings(input)).toEqual({ ok: true, data: { saved: true } });
    expect(await setProductPaused({ id: productId, paused: true })).toEqual({ ok: true, data: { paused: true } });
    expect(await t.db.product.findUniqueOrThrow({ where: { id: productId } })).toMatchObject({ frequency: "hourly", kind: "own", tags: ["audio", "q4"], paused: true });
  });
});
