import { InngestTestEngine } from "@inngest/test";
import { Inngest } from "inngest";
import { serve } from "inngest/next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSearchCategory, createSearchKeywords, type KeywordSearchDeps } from "@/inngest/functions/search-keywords";
import type { KeywordSearch } from "@/lib/sources/types";
import { demoSearch } from "@/lib/sources/demo/demo-search";
import { createUserWithWorkspace } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const day1 = new Date("2026-11-20T04:00:00Z");
const day2 = new Date("2026-11-21T04:00:00Z");
const demoOn = (day: number): KeywordSearch => async ({ marketplace, keyword }) => ({ candidates: demoSearch({ marketplace, keyword, day }), isDemo: true });

describe("scheduled keyword searches (Inngest)", () => {
  let t: TestDatabase;
  let ws: string;
  let scheduledId: string;
  const deps = (now: Date, search: KeywordSearch = demoOn(1)): KeywordSearchDeps => ({ getDb: async () => t.db, getSearch: () => search, now: () => now });

  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    ws = (await createUserWithWorkspace(t.db)).workspaceId;
    const other = (await createUserWithWorkspace(t.db)).workspaceId;
    scheduledId = (await t.db.keywordCategory.create({ data: { workspaceId: ws, name: "Audio", marketplace: "US", keywords: ["earbuds"], scheduled: true } })).id;
    await t.db.keywordCategory.create({ data: { workspaceId: other, name: "Off", marketplace: "US", keywords: ["earbuds"], scheduled: false } });
  });
  afterAll(() => t.close());

  it("the cron fans out one event per scheduled category, keyed by category and day", async () => {
    const engine = new InngestTestEngine({ function: createSearchKeywords(deps(day1)), events: [{ name: "inngest/scheduled.timer", data: {} }] as never });
    const { result, ctx } = await engine.execute({ steps: [{ id: "fan-out-categories", handler: () => ({ ids: [] }) }] });
    expect(result).toEqual({ categories: 1 });
    const [[, sent]] = (ctx.step.sendEvent as unknown as { mock: { calls: Array<[string, Array<{ data: unknown; id: string }>]> } }).mock.calls;
    expect(sent).toEqual([expect.objectContaining({ data: { workspaceId: ws, categoryId: scheduledId, day: "2026-11-20" }, id: `keyword-search:${scheduledId}:2026-11-20` })]);
  });

  it("the per-category function records the results and returns the new entrants of each day", async () => {
    const event = (day: string) => [{ name: "discovery/category.search.requested", data: { workspaceId: ws, categoryId: scheduledId, day } }] as never;
    const first = await new InngestTestEngine({ function: createSearchCategory(deps(day1, demoOn(1))), events: event("2026-11-20") }).execute();
    const firstAsins = demoSearch({ marketplace: "US", keyword: "earbuds", day: 1 }).map((c) => c.asin);
    expect(first.result).toMatchObject({ status: "searched", searched: ["earbuds"], failed: [] });
    expect(await t.db.keywordCandidate.count({ where: { workspaceId: ws } })).toBe(firstAsins.length);

    const second = await new InngestTestEngine({ function: createSearchCategory(deps(day2, demoOn(2))), events: event("2026-11-21") }).execute();
    const expectedNew = demoSearch({ marketplace: "US", keyword: "earbuds", day: 2 }).map((c) => c.asin).filter((a) => !firstAsins.includes(a));
    const { newEntrants } = second.result as { newEntrants: Array<{ asin: string }> };
    expect(newEntrants.map((e) => e.asin).sort()).toEqual(expectedNew.sort());
    expect((await t.db.keywordCategory.findUniqueOrThrow({ where: { id: scheduledId } })).lastSearchedAt).toEqual(day2);
  });

  it("skips a category deleted or unscheduled since the fan-out", async () => {
    const gone = [{ name: "discovery/category.search.requested", data: { workspaceId: ws, categoryId: "missing", day: "2026-11-21" } }] as never;
    const res = await new InngestTestEngine({ function: createSearchCategory(deps(day2)), events: gone }).execute();
    expect(res.result).toEqual({ status: "skipped" });
  });

  it("registers a global and a per-workspace concurrency limit", async () => {
    let registered: { functions: Array<{ id: string; concurrency?: unknown }> } | undefined;
    const client = new Inngest({
      id: "reg",
      isDev: true,
      fetch: (async (_url: unknown, init?: RequestInit) => {
        registered = JSON.parse(String(init!.body));
        return Response.json({ ok: true, modified: true });
      }) as typeof fetch,
    });
    const { PUT } = serve({ client, functions: [createSearchCategory(deps(day1))] });
    await PUT(new Request("http://localhost:3000/api/inngest", { method: "PUT" }) as never, undefined);
    const fn = registered!.functions.find((f) => f.id.endsWith("search-keyword-category"));
    expect(fn?.concurrency).toEqual([{ limit: 3 }, { key: "event.data.workspaceId", limit: 1 }]);
  });
});
