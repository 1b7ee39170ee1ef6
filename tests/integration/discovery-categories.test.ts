import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deleteCategoryAction, saveCategoryAction, searchCategoryNowAction, setCategoryScheduledAction } from "@/lib/actions/discovery";
import type { Candidate, KeywordSearch } from "@/lib/sources/types";
import { demoSearch } from "@/lib/sources/demo/demo-search";
import { loadCategory } from "@/lib/discovery/manage-categories";
import { runCategorySearch } from "@/lib/discovery/run-category-search";
import { createUserWithWorkspace } from "../support/factories";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const day1 = new Date("2026-11-20T04:00:00Z");
const day2 = new Date("2026-11-21T04:00:00Z");
const demoOn = (day: number): KeywordSearch => async ({ marketplace, keyword }) => ({ candidates: demoSearch({ marketplace, keyword, day }), isDemo: true });

describe.each(testDatabaseKinds())("keyword categories on %s", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    request.reset(t.db);
    request.userId = alice.userId;
  });

  async function save(keywords = ["earbuds", "Earbuds ", "headphones"]) {
    const res = await saveCategoryAction({ name: "Audio", marketplace: "US", keywords, scheduled: true });
    if (!res.ok) throw new Error(res.error.message);
    return res.data.id;
  }

  it("saves a keyword set as a category, de-duplicating keywords", async () => {
    const id = await save();
    const stored = await t.db.keywordCategory.findFirstOrThrow({ where: { id } });
    expect(stored).toMatchObject({ workspaceId: alice.workspaceId, marketplace: "US", keywords: ["earbuds", "headphones"], scheduled: true, lastSearchedAt: null });
  });

  it("a second search reports only the products that were not in the first as new entrants", async () => {
    const id = await save(["earbuds"]);
    const first = await runCategorySearch({ db: t.db, workspaceId: alice.workspaceId, categoryId: id, search: demoOn(1), now: day1 });
    const firstAsins = demoSearch({ marketplace: "US", keyword: "earbuds", day: 1 }).map((c) => c.asin);
    expect(first.newEntrants.map((e) => e.asin).sort()).toEqual([...firstAsins].sort());

    const second = await runCategorySearch({ db: t.db, workspaceId: alice.workspaceId, categoryId: id, search: demoOn(2), now: day2 });
    const secondAsins = demoSearch({ marketplace: "US", keyword: "earbuds", day: 2 }).map((c) => c.asin);
    const expectedNew = secondAsins.filter((a) => !firstAsins.includes(a));
    expect(expectedNew.length).toBeGreaterThan(0);
    expect(second.newEntrants.map((e) => e.asin).sort()).toEqual(expectedNew.sort());

    // The page's view: the latest run's results, new entrants marked, first sighting kept.
    const { category, candidates } = await loadCategory({ db: t.db, workspaceId: alice.workspaceId, categoryId: id });
    expect(category.lastSearchedAt).toEqual(day2);
    expect(candidates.map((c) => c.asin).sort()).toEqual([...secondAsins].sort());
    expect(candidates.filter((c) => c.isNew).map((c) => c.asin).sort()).toEqual(expectedNew.sort());
    const kept = candidates.find((c) => !c.isNew)!;
    expect(kept.firstSeenAt).toEqual(day1);
    expect(await t.db.keywordCandidate.count({ where: { workspaceId: alice.workspaceId, keyword: "earbuds" } })).toBe(new Set([...firstAsins, ...secondAsins]).size);
  });

  it("updates price, position and last sighting of a product seen again", async () => {
    const id = await save(["phone case"]);
    const one = (price: number, position: number): Candidate => ({ asin: "B0CASE0001", marketplace: "US", position, title: "Case", brand: "Acme", imageUrl: null, currency: "USD", price, bsr: 100, rating: 4.5, reviewCount: 10 });
    const stub = (c: Candidate): KeywordSearch => async () => ({ candidates: [c], isDemo: false });
    await runCategorySearch({ db: t.db, workspaceId: alice.workspaceId, categoryId: id, search: stub(one(10, 3)), now: day1 });
    const again = await runCategorySearch({ db: t.db, workspaceId: alice.workspaceId, categoryId: id, search: stub(one(8.5, 1)), now: day2 });
    expect(again.newEntrants).toEqual([]);
    const row = await t.db.keywordCandidate.findFirstOrThrow({ where: { workspaceId: alice.workspaceId, keyword: "phone case" } });
    expect([Number(row.price), row.position, row.firstSeenAt, row.lastSeenAt]).toEqual([8.5, 1, day1, day2]);
  });

  it("a failed keyword is reported while the others are recorded; all failing is an error", async () => {
    const id = await save(["earbuds", "speaker"]);
    const flaky: KeywordSearch = async (q) => {
      if (q.keyword === "speaker") throw new Error("Apify run ended FAILED");
      return demoOn(1)(q);
    };
    const res = await runCategorySearch({ db: t.db, workspaceId: alice.workspaceId, categoryId: id, search: flaky, now: day1 });
    expect(res.searched).toEqual(["earbuds"]);
    expect(res.failed).toEqual([{ keyword: "speaker", error: "Apify run ended FAILED" }]);
    const broken: KeywordSearch = async () => {
      throw new Error("down");
    };
    await expect(runCategorySearch({ db: t.db, workspaceId: alice.workspaceId, categoryId: id, search: broken, now: day2 })).rejects.toMatchObject({ code: "UPSTREAM" });
  });

  it("another workspace's category is NOT_FOUND for every action and is left alone", async () => {
    const id = await save(["earbuds"]);
    request.userId = bob.userId;
    for (const res of [
      await searchCategoryNowAction({ categoryId: id }),
      await setCategoryScheduledAction({ categoryId: id, scheduled: false }),
      await deleteCategoryAction({ categoryId: id }),
    ]) {
      expect(res).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    await expect(loadCategory({ db: t.db, workspaceId: bob.workspaceId, categoryId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.keywordCategory.findFirst({ where: { id } })).toMatchObject({ scheduled: true, lastSearchedAt: null });
    expect(await t.db.keywordCandidate.count({ where: { workspaceId: bob.workspaceId } })).toBe(0);

    request.userId = alice.userId;
    expect(await searchCategoryNowAction({ categoryId: id })).toMatchObject({ ok: true, data: { searched: 1 } });
    expect(await setCategoryScheduledAction({ categoryId: id, scheduled: false })).toMatchObject({ ok: true });
    expect(await deleteCategoryAction({ categoryId: id })).toMatchObject({ ok: true });
    expect(await t.db.keywordCategory.findFirst({ where: { id } })).toBeNull();
  });
});
