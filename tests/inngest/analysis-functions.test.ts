import { InngestTestEngine } from "@inngest/test";
import { Inngest } from "inngest";
import { serve } from "inngest/next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalyseGroup, createAnalyseGroups, type AnalysisDeps } from "@/inngest/functions/analyse-groups";
import { loadGroupComparison } from "@/lib/comparison/load-group-comparison";
import { validReport } from "../support/comparison-fixture";
import { createUserWithWorkspace } from "../support/factories";
import { createGroupWithProducts } from "../support/group-factory";
import { mockModel, textReply } from "../support/mock-report-model";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Real time: the budget counts the reports stored today.
const now = new Date();
const day = now.toISOString().slice(0, 10);

describe("daily group analysis (Inngest)", () => {
  let t: TestDatabase;
  let ws: string;
  let groupId: string;
  let model: ReturnType<typeof mockModel>;
  const deps = (budget: number): AnalysisDeps => ({
    getDb: async () => t.db,
    getModel: () => ({ provider: "openai", modelId: "mock", model }),
    loadComparison: loadGroupComparison,
    dailyTokenBudget: () => budget,
    now: () => now,
  });
  const event = () => ({ name: "groups/analysis.requested", data: { workspaceId: ws, groupId, dailyAnalysis: true, day } });

  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    ws = (await createUserWithWorkspace(t.db)).workspaceId;
    const other = (await createUserWithWorkspace(t.db)).workspaceId;
    groupId = (await createGroupWithProducts(t.db, ws)).group.id;
    await t.db.competitorGroup.update({ where: { id: groupId }, data: { dailyAnalysis: true } });
    await createGroupWithProducts(t.db, other); // not set to daily analysis
  });
  afterAll(() => t.close());

  it("the cron fans out one event per group set to daily analysis", async () => {
    model = mockModel([textReply(JSON.stringify(validReport))]);
    const engine = new InngestTestEngine({ function: createAnalyseGroups(deps(1000)), events: [{ name: "inngest/scheduled.timer", data: {} }] as never });
    const { result, ctx } = await engine.execute({ steps: [{ id: "fan-out-groups", handler: () => ({ ids: [] }) }] });
    expect(result).toEqual({ groups: 1 });
    const [[, sent]] = (ctx.step.sendEvent as unknown as { mock: { calls: Array<[string, Array<{ data: unknown; id: string }>]> } }).mock.calls;
    expect(sent).toEqual([expect.objectContaining({ data: { workspaceId: ws, groupId, dailyAnalysis: true, day }, id: `analysis:${groupId}:${day}` })]);
  });

  it("generates and stores a daily report within the budget, then skips without calling the model once over it", async () => {
    model = mockModel([textReply(JSON.stringify(validReport), { input: 600, output: 500 })]);
    const first = await new InngestTestEngine({ function: createAnalyseGroup(deps(1000)), events: [event()] as never }).execute();
    expect(first.result).toMatchObject({ status: "completed", totalTokens: 1100 });
    expect(await t.db.report.count({ where: { workspaceId: ws, trigger: "daily", status: "completed" } })).toBe(1);

    model = mockModel([textReply(JSON.stringify(validReport))]);
    const second = await new InngestTestEngine({ function: createAnalyseGroup(deps(1000)), events: [event()] as never }).execute();
    expect(second.result).toEqual({ status: "skipped", reason: "daily token budget reached (1100 of 1000 tokens)" });
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(await t.db.report.count({ where: { workspaceId: ws } })).toBe(1);
  });

  it("registers a per-workspace throttle", async () => {
    let registered: { functions: Array<{ id: string; throttle?: unknown }> } | undefined;
    const client = new Inngest({
      id: "reg",
      isDev: true,
      fetch: (async (_url: unknown, init?: RequestInit) => {
        registered = JSON.parse(String(init!.body));
        return Response.json({ ok: true, modified: true });
      }) as typeof fetch,
    });
    const fn = createAnalyseGroup(deps(1000), { limit: 3, period: "1m" });
    const { PUT } = serve({ client, functions: [fn] });
    await PUT(new Request("http://localhost:3000/api/inngest", { method: "PUT" }) as never, undefined);
    const analyse = registered!.functions.find((f) => f.id.endsWith("analyse-group"));
    expect(analyse?.throttle).toMatchObject({ key: "event.data.workspaceId", limit: 3, period: "1m" });
  });
});
