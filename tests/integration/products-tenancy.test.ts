import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addProductsFromText, refreshProductsNow, removeSelected, setPaused } from "@/lib/actions/products";
import { listCrawlRuns } from "@/lib/crawl/list-crawl-runs";
import { backgroundCrawlsIdle } from "@/lib/jobs/background-crawls";
import { listParamsSchema } from "@/lib/products/list-params";
import { loadProductList } from "@/lib/products/list-products";
import { createUserWithWorkspace } from "../support/factories";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

describe.each(testDatabaseKinds())("products are private to their workspace on %s", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let aliceProductIds: string[];

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
    request.reset(t.db);
    request.userId = alice.userId;
    const res = await addProductsFromText({ text: "B0DEMO0001\nB0DEMO0002", marketplace: "US", kind: "own", tags: "" });
    expect(res).toMatchObject({ ok: true, data: { added: 2 } });
    // Adding starts their first crawl in the background; let it land before refreshing.
    await backgroundCrawlsIdle();
    aliceProductIds = (await t.db.product.findMany({ where: { workspaceId: alice.workspaceId } })).map((p) => p.id);
    expect(await refreshProductsNow({ ids: aliceProductIds })).toMatchObject({ ok: true, data: { readingsStored: 2 } });
  });
  afterAll(async () => {
    await backgroundCrawlsIdle();
    await t.close();
  });
  beforeEach(() => {
    request.reset(t.db);
    request.userId = bob.userId;
  });

  const aliceState = () =>
    t.query(`SELECT id, paused, "lastReadingAt", (SELECT count(*)::int FROM "Snapshot" s WHERE s."productId" = p.id) AS snapshots
             FROM "Product" p WHERE "workspaceId" = '${alice.workspaceId}' ORDER BY id`);

  it("another workspace's user gets not found for refresh, pause and remove, and nothing changes", async () => {
    const before = await aliceState();
    for (const res of [
      await refreshProductsNow({ ids: aliceProductIds }),
      await setPaused({ ids: aliceProductIds, paused: true }),
      await removeSelected({ ids: aliceProductIds }),
    ]) {
      expect(res).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    expect(await aliceState()).toEqual(before);
    expect(await t.db.crawlRun.count({ where: { workspaceId: bob.workspaceId } })).toBe(0);
  });

  it("lists show only the caller's own products and crawl runs", async () => {
    const res = await addProductsFromText({ text: "B0DEMO0001", marketplace: "US", kind: "competitor", tags: "" });
    // The same ASIN in another workspace is a separate product, not "already tracked".
    expect(res).toMatchObject({ ok: true, data: { added: 1, problems: [] } });
    await backgroundCrawlsIdle();
    const bobs = await loadProductList({ db: t.db, workspaceId: bob.workspaceId, params: listParamsSchema.parse({}) });
    expect(bobs.items.map((p) => p.kind)).toEqual(["competitor"]);
    // Bob sees the first crawl of his product, not Alice's first crawl and refresh of hers.
    expect((await listCrawlRuns({ db: t.db, workspaceId: bob.workspaceId })).map((r) => [r.trigger, r.asinsAsked])).toEqual([["new_product", ["B0DEMO0001"]]]);
    expect((await listCrawlRuns({ db: t.db, workspaceId: alice.workspaceId })).map((r) => r.trigger).sort()).toEqual(["manual", "new_product"]);
  });

  it("a viewer cannot add or refresh products", async () => {
    await t.db.membership.update({
      where: { userId_workspaceId: { userId: bob.userId, workspaceId: bob.workspaceId } },
      data: { role: "viewer" },
    });
    expect(await addProductsFromText({ text: "B0DEMO0003", marketplace: "US", kind: "own", tags: "" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
  });

  it("bad lines are explained in the user's language while the good ones are added", async () => {
    request.userId = alice.userId;
    request.locale = "zh-CN";
    const res = await addProductsFromText({ text: "B0DEMO0005\nhttps://example.com/dp/B0DEMO0006\nB0DEMO0001", marketplace: "US", kind: "own", tags: "a, b" });
    expect(res).toEqual({
      ok: true,
      data: {
        added: 1,
        firstCrawl: "scheduled",
        problems: ["第 2 行：“https://example.com/dp/B0DEMO0006”——不是亚马逊商品链接", "第 3 行：B0DEMO0001（US）已在追踪中。"],
      },
    });
    const added = await t.db.product.findFirstOrThrow({ where: { workspaceId: alice.workspaceId, asin: "B0DEMO0005" } });
    expect(added.tags).toEqual(["a", "b"]);
  });
});
