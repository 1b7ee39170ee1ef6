import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deleteGroupAction, saveGroupAction, searchGroupProductsAction, trackReferenceAction, updateGroupAlertsAction } from "@/lib/actions/groups";
import { GET as getHistory } from "@/app/api/groups/[id]/history/route";
import { listGroups } from "@/lib/groups/list-groups";
import { loadGroupComparison } from "@/lib/comparison/load-group-comparison";
import { addProducts } from "@/lib/products/add-products";
import { createUserWithWorkspace } from "../support/factories";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

describe.each(testDatabaseKinds())("competitor group builder on %s", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
    const items = ["B0DEMO0001", "B0DEMO0002", "B0DEMO0003", "B0DEMO0004", "B0DEMO0005", "B0DEMO0006"].map((asin, line) => ({
      line, asin, marketplace: "US" as const, kind: line === 0 ? ("own" as const) : ("competitor" as const), tags: [],
    }));
    await addProducts({ db: t.db, workspaceId: alice.workspaceId, items: [...items, { line: 9, asin: "B0DEMO0001", marketplace: "UK", kind: "competitor", tags: [] }] });
    for (const p of await t.db.product.findMany({ where: { workspaceId: alice.workspaceId } })) ids[`${p.marketplace}:${p.asin}`] = p.id;
  });
  afterAll(() => t.close());
  beforeEach(() => {
    request.reset(t.db);
    request.userId = alice.userId;
  });
  const us = (n: number) => ids[`US:B0DEMO000${n}`];

  it("explains every broken rule on its field, in the user's language, and saves nothing", async () => {
    const res = await saveGroupAction({ name: "Earbuds", mainProductId: us(1), competitorIds: [us(2), us(1), us(2), ids["UK:B0DEMO0001"]] });
    expect(res).toEqual({
      ok: true,
      data: {
        saved: false,
        fields: {
          [`competitor.${us(1)}`]: "B0DEMO0001 is the main product, so it cannot also be a competitor.",
          [`competitor.${us(2)}`]: "B0DEMO0002 is already in the group.",
          [`competitor.${ids["UK:B0DEMO0001"]}`]: "B0DEMO0001 is on UK, but the main product is on US: all products of a group must be in one marketplace.",
          competitors: "A group needs 3 to 5 competitors; it has 2.",
        },
      },
    });
    request.locale = "zh-CN";
    const zh = await saveGroupAction({ name: "耳机", mainProductId: "", competitorIds: [us(2)] });
    expect(zh).toMatchObject({ ok: true, data: { saved: false, fields: { main: "请选择主商品。", competitors: "竞品组需要 3 到 5 个竞品，当前为 1 个。" } } });
    const empty = await saveGroupAction({ name: " ", mainProductId: us(1), competitorIds: [us(2), us(3), us(4)] });
    expect(empty).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { name: expect.any(String) } } });
    expect(await t.db.competitorGroup.count()).toBe(0);
  });

  it("saves a group in order, lets a product be in several groups, edits and deletes it", async () => {
    const first = await saveGroupAction({ name: "Earbuds", mainProductId: us(1), competitorIds: [us(4), us(2), us(3)] });
    const second = await saveGroupAction({ name: "Budget", mainProductId: us(2), competitorIds: [us(1), us(3), us(4), us(5), us(6)] });
    expect(first).toMatchObject({ ok: true, data: { saved: true } });
    expect(second).toMatchObject({ ok: true, data: { saved: true } });
    const id = (first as { data: { id: string } }).data.id;
    let groups = await listGroups({ db: t.db, workspaceId: alice.workspaceId });
    expect(groups.map((g) => [g.name, g.mainProduct.asin, g.members.map((m) => m.product.asin)])).toEqual([
      ["Budget", "B0DEMO0002", ["B0DEMO0001", "B0DEMO0003", "B0DEMO0004", "B0DEMO0005", "B0DEMO0006"]],
      ["Earbuds", "B0DEMO0001", ["B0DEMO0004", "B0DEMO0002", "B0DEMO0003"]],
    ]);
    // Reorder and replace: 2 first, 5 instead of 4.
    expect(await saveGroupAction({ id, name: "Earbuds v2", mainProductId: us(1), competitorIds: [us(2), us(3), us(5)] })).toMatchObject({ ok: true, data: { saved: true, id } });
    groups = await listGroups({ db: t.db, workspaceId: alice.workspaceId });
    expect(groups.find((g) => g.id === id)!.members.map((m) => m.product.asin)).toEqual(["B0DEMO0002", "B0DEMO0003", "B0DEMO0005"]);
    expect(await updateGroupAlertsAction({ id, undercutPercent: 8, reviewSurge: 20 })).toMatchObject({ ok: true });
    expect((await t.db.competitorGroup.findUniqueOrThrow({ where: { id } })).alertSettings).toEqual({ undercutPercent: 8, reviewSurge: 20 });
    expect(await deleteGroupAction({ id })).toMatchObject({ ok: true });
    expect((await listGroups({ db: t.db, workspaceId: alice.workspaceId })).map((g) => g.name)).toEqual(["Budget"]);
  });

  it("searches tracked products by ASIN or title in the main product's marketplace, and tracks a typed ASIN at once", async () => {
    const found = await searchGroupProductsAction({ query: "demo0001", marketplace: "UK" });
    expect(found).toMatchObject({ ok: true, data: [{ asin: "B0DEMO0001", marketplace: "UK" }] });
    const bad = await trackReferenceAction({ reference: "B0BAD", marketplace: "US" });
    expect(bad).toEqual({ ok: true, data: { ok: false, error: "not a valid ASIN (10 letters and digits, e.g. B0DA6UWS7H)" } });
    const tracked = await trackReferenceAction({ reference: "https://www.amazon.com/dp/B0NEWCOMP1", marketplace: "US" });
    expect(tracked).toMatchObject({ ok: true, data: { ok: true, added: true, refreshFailed: false, product: { asin: "B0NEWCOMP1", marketplace: "US", kind: "competitor" } } });
    const product = await t.db.product.findFirstOrThrow({ where: { workspaceId: alice.workspaceId, asin: "B0NEWCOMP1" } });
    expect(product.lastReadingAt).not.toBeNull();
    expect(product.title).toBeTruthy();
  });

  it("another workspace cannot see, use, change or delete the group or its products", async () => {
    const res = await saveGroupAction({ name: "Mine", mainProductId: us(1), competitorIds: [us(4), us(2), us(3)] });
    const id = (res as { data: { id: string } }).data.id;
    request.userId = bob.userId;
    for (const attempt of [
      await saveGroupAction({ name: "Stolen", mainProductId: us(1), competitorIds: [us(2), us(3), us(4)] }),
      await saveGroupAction({ id, name: "Renamed", mainProductId: us(1), competitorIds: [us(2), us(3), us(4)] }),
      await deleteGroupAction({ id }),
      await updateGroupAlertsAction({ id, undercutPercent: 50, reviewSurge: 1 }),
    ]) {
      expect(attempt).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    expect(await searchGroupProductsAction({ query: "B0DEMO" })).toEqual({ ok: true, data: [] });
    await expect(loadGroupComparison({ db: t.db, workspaceId: bob.workspaceId, groupId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const history = await getHistory(new Request(`http://app/api/groups/${id}/history?range=30d`), { params: Promise.resolve({ id }) });
    expect(history.status).toBe(404);
    expect(await t.db.competitorGroup.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Mine", workspaceId: alice.workspaceId });
    request.userId = alice.userId;
    const own = await getHistory(new Request(`http://app/api/groups/${id}/history?range=7d`), { params: Promise.resolve({ id }) });
    expect(own.status).toBe(200);
    expect((await own.json()).members.map((m: { asin: string }) => m.asin)).toEqual(["B0DEMO0001", "B0DEMO0004", "B0DEMO0002", "B0DEMO0003"]);
  });
});
