import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as productsRoute from "@/app/api/v1/products/route";
import * as productRoute from "@/app/api/v1/products/[id]/route";
import { GET as anomalies } from "@/app/api/v1/anomalies/route";
import { GET as health } from "@/app/api/v1/health/route";
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from "@/lib/api-keys/api-keys";
import type { ApiKeyScope } from "@/lib/api-keys/schemas";
import { backgroundCrawlsIdle } from "@/lib/jobs/background-crawls";
import type { Role } from "@/lib/generated/prisma/enums";
import { createAnomaly } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const base = "http://localhost/api/v1";
const call = (key: string | null, path: string, init: RequestInit = {}) =>
  new Request(`${base}${path}`, { ...init, headers: { ...(key && { authorization: `Bearer ${key}` }), "content-type": "application/json" } });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

describe.each(testDatabaseKinds())("API keys and /api/v1 on %s", (kind) => {
  let t: TestDatabase;
  let a: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let b: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let aKey: string;
  let bKey: string;
  let aProductIds: string[];

  const keyFor = async (workspaceId: string, userId: string, scopes: ApiKeyScope[], expiresAt?: Date) =>
    (await createApiKey({ db: t.db, workspaceId, userId, input: { name: "test", scopes, expiresAt } })).key;
  // A second user who is a member of A with the given role.
  const memberOfA = async (role: Role) => {
    const u = await createUserWithWorkspace(t.db);
    await t.db.membership.create({ data: { userId: u.userId, workspaceId: a.workspaceId, role } });
    return u;
  };
  const aState = () =>
    t.query(`SELECT id, asin, paused, tags FROM "Product" WHERE "workspaceId" = '${a.workspaceId}' ORDER BY id`);

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    request.reset(t.db);
    a = await createUserWithWorkspace(t.db, { name: "Alice" });
    b = await createUserWithWorkspace(t.db, { name: "Bob" });
    aKey = await keyFor(a.workspaceId, a.userId, ["read", "write"]);
    bKey = await keyFor(b.workspaceId, b.userId, ["read", "write"]);
    for (const reference of ["B0APIA0001", "B0APIA0002", "B0APIA0003"]) {
      const res = await productsRoute.POST(call(aKey, "/products", { method: "POST", body: JSON.stringify({ reference, marketplace: "US", type: "own" }) }));
      expect(res.status).toBe(201);
    }
    await backgroundCrawlsIdle();
    aProductIds = (await t.db.product.findMany({ where: { workspaceId: a.workspaceId }, select: { id: true } })).map((p) => p.id);
  });
  afterAll(async () => {
    await backgroundCrawlsIdle();
    await t.close();
  });
  beforeEach(() => request.reset(t.db));

  it("stores only a hash; the key is ar_live_ with 24+ random bytes and is listed by its prefix", async () => {
    const made = await createApiKey({ db: t.db, workspaceId: a.workspaceId, userId: a.userId, input: { name: "Sheets", scopes: ["read"] } });
    expect(made.key).toMatch(/^ar_live_[A-Za-z0-9_-]{32,}$/);
    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id: made.id } });
    expect(JSON.stringify(row)).not.toContain(made.key.slice(8));
    expect(made.key.startsWith(row.prefix)).toBe(true);
    const listed = (await listApiKeys({ db: t.db, workspaceId: a.workspaceId })).find((k) => k.id === made.id);
    expect(listed).toMatchObject({ name: "Sheets", prefix: row.prefix, scopes: ["read"], createdBy: { name: "Alice" }, lastUsedAt: null });
    expect((await listApiKeys({ db: t.db, workspaceId: b.workspaceId })).map((k) => k.id)).not.toContain(made.id);
  });

  it("health is public; lists and gets are the key's workspace only, paged by cursor", async () => {
    expect(await (await health()).json()).toEqual({ status: "ok" });
    const first = await productsRoute.GET(call(aKey, "/products?limit=2"));
    expect(first.status).toBe(200);
    expect(first.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    const page1 = await first.json();
    expect(page1.data).toHaveLength(2);
    expect(page1.data[0]).toMatchObject({ marketplace: "US", type: "own", created_at: expect.stringMatching(/Z$/) });
    const page2 = await (await productsRoute.GET(call(aKey, `/products?limit=2&cursor=${page1.next_cursor}`))).json();
    expect(page2.next_cursor).toBeNull();
    expect([...page1.data, ...page2.data].map((p: { id: string }) => p.id).sort()).toEqual([...aProductIds].sort());
    const search = await (await productsRoute.GET(call(aKey, "/products?search=B0APIA0002"))).json();
    expect(search.data.map((p: { asin: string }) => p.asin)).toEqual(["B0APIA0002"]);
    expect((await (await productsRoute.GET(call(bKey, "/products"))).json()).data).toEqual([]);
    expect(await (await productRoute.GET(call(aKey, `/products/${aProductIds[0]}`), ctx(aProductIds[0]!))).json()).toMatchObject({ id: aProductIds[0] });
  });

  it("tenancy: B's key gets 404 for every id-bearing route with A's ids, and A is unchanged", async () => {
    const before = await aState();
    for (const id of aProductIds) {
      for (const res of [
        await productRoute.GET(call(bKey, `/products/${id}`), ctx(id)),
        await productRoute.DELETE(call(bKey, `/products/${id}`, { method: "DELETE" }), ctx(id)),
      ]) {
        expect(res.status).toBe(404);
        expect((await res.json()).error).toMatchObject({ code: "NOT_FOUND", request_id: expect.any(String) });
      }
    }
    expect(await aState()).toEqual(before);
  });

  it("a read-scope key and a viewer's key get 403 on every write; A is unchanged", async () => {
    const viewer = await memberOfA("viewer");
    const keys = [await keyFor(a.workspaceId, a.userId, ["read"]), await keyFor(a.workspaceId, viewer.userId, ["read", "write"])];
    const before = await aState();
    for (const key of keys) {
      for (const res of [
        await productsRoute.POST(call(key, "/products", { method: "POST", body: JSON.stringify({ reference: "B0APIA0009", marketplace: "US" }) })),
        await productRoute.DELETE(call(key, `/products/${aProductIds[0]}`, { method: "DELETE" }), ctx(aProductIds[0]!)),
      ]) {
        expect(res.status).toBe(403);
        expect((await res.json()).error.code).toBe("FORBIDDEN");
      }
      // Reading is still allowed to both.
      expect((await productsRoute.GET(call(key, "/products"))).status).toBe(200);
    }
    expect(await aState()).toEqual(before);
  });

  it("a key follows its creator's current role: demoted to viewer it cannot write, removed it is refused", async () => {
    const member = await memberOfA("member");
    const key = await keyFor(a.workspaceId, member.userId, ["read", "write"]);
    const del = (id: string) => productRoute.DELETE(call(key, `/products/${id}`, { method: "DELETE" }), ctx(id));
    await t.db.membership.updateMany({ where: { userId: member.userId, workspaceId: a.workspaceId }, data: { role: "viewer" } });
    expect((await del(aProductIds[0]!)).status).toBe(403);
    await t.db.membership.deleteMany({ where: { userId: member.userId, workspaceId: a.workspaceId } });
    const res = await productsRoute.GET(call(key, "/products"));
    expect(res.status).toBe(401);
    expect(res.headers.get("WWW-Authenticate")).toContain("Bearer");
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
  });

  it("revoked, expired, unknown, malformed and missing keys are 401", async () => {
    const revoked = await createApiKey({ db: t.db, workspaceId: a.workspaceId, userId: a.userId, input: { name: "old", scopes: ["read"] } });
    await revokeApiKey({ db: t.db, workspaceId: a.workspaceId, id: revoked.id });
    const expiring = await keyFor(a.workspaceId, a.userId, ["read"], new Date(Date.now() + 60_000));
    await t.db.apiKey.updateMany({ where: { prefix: expiring.slice(0, 14) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const key of [revoked.key, expiring, `ar_live_${"x".repeat(32)}`, "not-a-key", null]) {
      const res = await productsRoute.GET(call(key, "/products"));
      expect(res.status).toBe(401);
    }
    // B cannot revoke A's key.
    const aOther = await createApiKey({ db: t.db, workspaceId: a.workspaceId, userId: a.userId, input: { name: "x", scopes: ["read"] } });
    await expect(revokeApiKey({ db: t.db, workspaceId: b.workspaceId, id: aOther.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await productsRoute.GET(call(aOther.key, "/products"))).status).toBe(200);
  });

  it("validation is 422 naming every bad field, never 500", async () => {
    const list = await productsRoute.GET(call(aKey, "/products?limit=500&type=robot&marketplace=XX"));
    expect(list.status).toBe(422);
    const body = await list.json();
    expect(body.error).toMatchObject({ code: "VALIDATION", request_id: expect.any(String) });
    expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["limit", "marketplace", "type"]);
    const post = await productsRoute.POST(call(aKey, "/products", { method: "POST", body: JSON.stringify({ type: "robot", tags: "x" }) }));
    expect(post.status).toBe(422);
    expect((await post.json()).error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["reference", "tags", "type"]);
    const notJson = await productsRoute.POST(call(aKey, "/products", { method: "POST", body: "{" }));
    expect(notJson.status).toBe(422);
    const badRef = await productsRoute.POST(call(aKey, "/products", { method: "POST", body: JSON.stringify({ reference: "B0APIA0001" }) }));
    expect(await badRef.json()).toMatchObject({ error: { code: "VALIDATION", issues: [{ path: "reference", message: "choose a marketplace for bare ASINs" }] } });
    const badCursor = await productsRoute.GET(call(aKey, "/products?cursor=zzz"));
    expect((await badCursor.json()).error.issues).toEqual([{ path: "cursor", message: expect.any(String) }]);
  });

  it("adding a product already tracked answers it with 200; deleting removes it", async () => {
    const again = await productsRoute.POST(call(aKey, "/products", { method: "POST", body: JSON.stringify({ reference: "https://www.amazon.com/dp/B0APIA0001" }) }));
    expect(again.status).toBe(200);
    expect((await again.json()).asin).toBe("B0APIA0001");
    const id = aProductIds[2]!;
    expect((await productRoute.DELETE(call(aKey, `/products/${id}`, { method: "DELETE" }), ctx(id))).status).toBe(204);
    expect((await productRoute.GET(call(aKey, `/products/${id}`), ctx(id))).status).toBe(404);
  });

  it("anomalies: the key's workspace only, filtered by kind, severity and since, in cursor pages", async () => {
    const [p1] = await t.db.product.findMany({ where: { workspaceId: a.workspaceId }, take: 1 });
    const bProduct = await t.db.product.create({ data: { workspaceId: b.workspaceId, asin: "B0APIB0001", marketplace: "US" } });
    await createAnomaly(t.db, p1!, { kind: "price_change", severity: "warning", detectedAt: new Date("2030-02-01T00:00:00Z") });
    await createAnomaly(t.db, p1!, { kind: "out_of_stock", severity: "critical", detectedAt: new Date("2030-02-02T00:00:00Z") });
    await createAnomaly(t.db, p1!, { kind: "price_change", severity: "info", detectedAt: new Date("2030-01-01T00:00:00Z") });
    await createAnomaly(t.db, bProduct, { detectedAt: new Date("2030-02-03T00:00:00Z") });
    const get = async (q: string) => (await anomalies(call(aKey, `/anomalies${q}`))).json();
    const all = await get("?limit=2");
    expect(all.data.map((x: { detected_at: string }) => x.detected_at)).toEqual(["2030-02-02T00:00:00.000Z", "2030-02-01T00:00:00.000Z"]);
    expect((await get(`?limit=2&cursor=${all.next_cursor}`)).data.map((x: { severity: string }) => x.severity)).toEqual(["info"]);
    expect((await get("?kind=price_change&since=2030-01-15T00:00:00Z")).data.map((x: { severity: string }) => x.severity)).toEqual(["warning"]);
    expect((await get("?severity=critical")).data.map((x: { kind: string }) => x.kind)).toEqual(["out_of_stock"]);
    const bad = await anomalies(call(aKey, "/anomalies?kind=nope&since=yesterday"));
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["kind", "since"]);
    expect((await (await anomalies(call(bKey, "/anomalies"))).json()).data.map((x: { product_id: string }) => x.product_id)).toEqual([bProduct.id]);
  });

  it("lastUsedAt is written at most once a minute", async () => {
    const made = await createApiKey({ db: t.db, workspaceId: a.workspaceId, userId: a.userId, input: { name: "clock", scopes: ["read"] } });
    const header = `Bearer ${made.key}`;
    const t0 = new Date("2030-01-01T00:00:00Z");
    const lastUsed = async () => (await t.db.apiKey.findUniqueOrThrow({ where: { id: made.id } })).lastUsedAt?.toISOString();
    await authenticateApiKey({ db: t.db, header, now: t0 });
    expect(await lastUsed()).toBe(t0.toISOString());
    await authenticateApiKey({ db: t.db, header, now: new Date(t0.getTime() + 59_000) });
    expect(await lastUsed()).toBe(t0.toISOString());
    const later = new Date(t0.getTime() + 60_000);
    await authenticateApiKey({ db: t.db, header, now: later });
    expect(await lastUsed()).toBe(later.toISOString());
  });
});

describe("API key settings actions", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("pglite");
  });
  afterAll(async () => t.close());

  it("owners create and revoke keys; a member cannot; names and scopes are validated", async () => {
    const { addApiKey, revokeKey } = await import("@/lib/actions/api-keys");
    const owner = await createUserWithWorkspace(t.db);
    request.reset(t.db);
    request.userId = owner.userId;
    const made = await addApiKey({ name: "Zapier", scopes: ["read"], expiresAt: "" });
    expect(made).toMatchObject({ ok: true, data: { key: expect.stringMatching(/^ar_live_/) } });
    const bad = await addApiKey({ name: "", scopes: [], expiresAt: "2001-01-01" });
    expect(bad).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { name: expect.any(String), scopes: expect.any(String) } } });
    const past = await addApiKey({ name: "x", scopes: ["read"], expiresAt: "2001-01-01" });
    expect(past).toMatchObject({ ok: false, error: { fields: { expiresAt: "Choose a date in the future." } } });
    const member = await createUserWithWorkspace(t.db);
    await t.db.membership.create({ data: { userId: member.userId, workspaceId: owner.workspaceId, role: "member" } });
    request.cookies.set("ar-workspace", owner.workspaceId);
    request.userId = member.userId;
    expect(await addApiKey({ name: "mine", scopes: ["read"] })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const id = made.ok ? made.data.id : "";
    expect(await revokeKey({ id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    request.userId = owner.userId;
    expect(await revokeKey({ id })).toMatchObject({ ok: true });
    expect((await t.db.apiKey.findUniqueOrThrow({ where: { id } })).revokedAt).not.toBeNull();
  });
});
