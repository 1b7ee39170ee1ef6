import "../support/next-request-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateReport } from "@/lib/reports/generate-report";
import { listGroupReports } from "@/lib/reports/list-reports";
import { listSuggestions } from "@/lib/reports/list-suggestions";
import { loadGroupComparison } from "@/lib/comparison/load-group-comparison";
import { createReportStreamResponse } from "@/lib/reports/report-stream-response";
import { request, translatorFor } from "../support/next-request-mocks";
import { toActionError } from "@/lib/errors/to-action-error";
import { tokensUsedToday } from "@/lib/reports/token-budget";
import { setSuggestionStatus } from "@/lib/reports/set-suggestion-status";
import { comparisonFixture, validReport } from "../support/comparison-fixture";
import { createUserWithWorkspace } from "../support/factories";
import { createGroupWithProducts } from "../support/group-factory";
import { mockModel, textReply } from "../support/mock-report-model";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const dailyTokenBudget = 200_000;
const llmFrom = (model: ReturnType<typeof mockModel>) => ({ provider: "openai" as const, modelId: "mock-model", model });

describe.each(testDatabaseKinds())("positioning reports on %s", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let setup: Awaited<ReturnType<typeof createGroupWithProducts>>;
  let comparison: ReturnType<typeof comparisonFixture>;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
    setup = await createGroupWithProducts(t.db, alice.workspaceId);
    comparison = comparisonFixture({ groupId: setup.group.id, mainProductId: setup.main.id, competitorProductIds: setup.competitors.map((c) => c.id) });
  });
  afterAll(() => t.close());

  it("stores a valid report with provider, model, token counts, locale and the input numbers, and turns recommendations into suggestions", async () => {
    const model = mockModel([textReply(JSON.stringify(validReport), { input: 1200, output: 340 })]);
    const res = await generateReport({ db: t.db, workspaceId: alice.workspaceId, comparison, llm: llmFrom(model), locale: "zh-CN", trigger: "manual" });
    expect(res).toMatchObject({ status: "completed", totalTokens: 1540 });
    const row = await t.db.report.findFirstOrThrow({ where: { id: res.reportId } });
    expect(row).toMatchObject({ status: "completed", provider: "openai", model: "mock-model", inputTokens: 1200, outputTokens: 340, totalTokens: 1540, locale: "zh-CN", error: null });
    expect(row.output).toEqual(validReport);
    expect((row.input as { main: { price: number } }).main.price).toBe(37.99);
    const suggestions = await listSuggestions({ db: t.db, workspaceId: alice.workspaceId, productIds: [setup.main.id] });
    expect(suggestions.map((s) => s.title).sort()).toEqual(["Mention the charging case", "Trim price to 34.99"]);
    expect(suggestions.every((s) => s.status === "pending")).toBe(true);
  });

  it("retries an invalid answer once, giving the validation errors back to the model", async () => {
    const bad = { ...validReport, recommendations: [{ ...validReport.recommendations[0], priority: 9 }] };
    const model = mockModel([textReply(JSON.stringify(bad)), textReply(JSON.stringify(validReport))]);
    const events: string[] = [];
    const res = await generateReport({ db: t.db, workspaceId: alice.workspaceId, comparison, llm: llmFrom(model), locale: "en", trigger: "manual", onEvent: (e) => events.push(e.type) });
    expect(res.status).toBe("completed");
    expect(model.doStreamCalls).toHaveLength(2);
    const second = JSON.stringify(model.doStreamCalls[1]!.prompt);
    expect(second).toContain("could not be used");
    expect(second).toContain("priority");
    expect(events).toContain("retry");
    expect(events.at(-1)).toBe("done");
    // Both attempts' tokens are counted.
    expect((await t.db.report.findFirstOrThrow({ where: { id: res.reportId } })).totalTokens).toBe(300);
  });

  it("after a second invalid or cut-off answer stores only a failed row, no completed report and no suggestions", async () => {
    const before = { completed: await t.db.report.count({ where: { status: "completed" } }), suggestions: await t.db.suggestion.count() };
    const model = mockModel([textReply('{"summary": "half'), textReply(JSON.stringify(validReport), { finish: "length" })]);
    const res = await generateReport({ db: t.db, workspaceId: alice.workspaceId, comparison, llm: llmFrom(model), locale: "en", trigger: "manual" });
    expect(res).toMatchObject({ status: "failed", kind: "invalid_output" });
    expect(model.doGenerateCalls).toHaveLength(2);
    const row = await t.db.report.findFirstOrThrow({ where: { id: res.reportId } });
    expect(row).toMatchObject({ status: "failed", output: null });
    expect(row.error).toMatch(/invalid twice.*cut off/);
    expect(await t.db.report.count({ where: { status: "completed" } })).toBe(before.completed);
    expect(await t.db.suggestion.count()).toBe(before.suggestions);
  });

  it("a provider error is recorded as failed without a retry", async () => {
    const model = mockModel([textReply("")]);
    model.doGenerate = async () => {
      throw new Error("503 upstream overloaded");
    };
    const res = await generateReport({ db: t.db, workspaceId: alice.workspaceId, comparison, llm: llmFrom(model), locale: "en", trigger: "daily" });
    expect(res).toMatchObject({ status: "failed", kind: "provider", error: "503 upstream overloaded" });
  });

  it("marking a suggestion implemented records the date and shows what moved since", async () => {
    const [s] = await listSuggestions({ db: t.db, workspaceId: alice.workspaceId, productIds: [setup.main.id] });
    await t.db.snapshot.create({ data: { productId: setup.main.id, workspaceId: alice.workspaceId, capturedAt: new Date("2026-02-01"), currency: "USD", price: 41.5, bsr: 5000, rating: 4.0, reviewCount: 80 } });
    await setSuggestionStatus({ db: t.db, workspaceId: alice.workspaceId, id: s!.id, status: "implemented", now: new Date("2026-02-02") });
    const after = (await listSuggestions({ db: t.db, workspaceId: alice.workspaceId, productIds: [setup.main.id] })).find((x) => x.id === s!.id)!;
    expect(after.status).toBe("implemented");
    expect(after.implementedAt?.toISOString()).toBe("2026-02-02T00:00:00.000Z");
    expect(after.movement).toEqual({ before: { price: 41.5, bsr: 5000, rating: 4, reviewCount: 80 }, now: { price: 30, bsr: 1000, rating: 4.2, reviewCount: 100 } });
  });

  it("another workspace gets NOT_FOUND for the reports, the stream and the suggestions", async () => {
    const [s] = await listSuggestions({ db: t.db, workspaceId: alice.workspaceId, productIds: [setup.main.id] });
    await expect(listGroupReports({ db: t.db, workspaceId: bob.workspaceId, groupId: setup.group.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setSuggestionStatus({ db: t.db, workspaceId: bob.workspaceId, id: s!.id, status: "dismissed" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const model = mockModel([textReply(JSON.stringify(validReport))]);
    await expect(
      createReportStreamResponse({ db: t.db, workspaceId: bob.workspaceId, groupId: setup.group.id, locale: "en", llm: llmFrom(model), loadComparison: loadGroupComparison, dailyTokenBudget }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(model.doStreamCalls).toHaveLength(0);
    expect(await listSuggestions({ db: t.db, workspaceId: bob.workspaceId, productIds: [setup.main.id] })).toEqual([]);
  });

  it("streams NDJSON events from the stand-in comparison of the stored group", async () => {
    const model = mockModel([textReply(JSON.stringify(validReport))]);
    const res = await createReportStreamResponse({ db: t.db, workspaceId: alice.workspaceId, groupId: setup.group.id, locale: "en", llm: llmFrom(model), loadComparison: loadGroupComparison, dailyTokenBudget });
    const events = (await res.text()).trim().split("\n").map((l) => JSON.parse(l) as { type: string });
    expect(events.filter((e) => e.type === "partial").length).toBeGreaterThan(2);
    expect(events.at(-1)).toMatchObject({ type: "done" });
    expect(JSON.stringify(model.doStreamCalls[0]!.prompt)).toContain("B0COMP0003");
  });

  it("10 parallel requests for one group make exactly one report; the other 9 are told one is already being generated", async () => {
    const before = await t.db.report.count({ where: { groupId: setup.group.id } });
    const model = mockModel([textReply(JSON.stringify(validReport))]);
    // The model answers only once every request has had its answer, so all 10 overlap.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const stream = model.doStream.bind(model);
    let calls = 0;
    model.doStream = async (options) => {
      calls++;
      await gate;
      return stream(options);
    };
    const answers = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        createReportStreamResponse({ db: t.db, workspaceId: alice.workspaceId, groupId: setup.group.id, locale: "en", llm: llmFrom(model), loadComparison: loadGroupComparison, dailyTokenBudget }),
      ),
    );
    open();
    const started = answers.filter((a): a is PromiseFulfilledResult<Response> => a.status === "fulfilled");
    const refused = answers.filter((a): a is PromiseRejectedResult => a.status === "rejected");
    expect(started).toHaveLength(1);
    expect(refused.map((r) => [r.reason.code, r.reason.messageKey])).toEqual(Array(9).fill(["CONFLICT", "reportInProgress"]));
    expect((await started[0]!.value.text()).trim().split("\n").at(-1)).toContain('"type":"done"');
    expect(calls).toBe(1);
    expect(await t.db.report.count({ where: { groupId: setup.group.id } })).toBe(before + 1);
  });

  it("with the day's token budget spent, generation is refused with the budget message and the model is not called", async () => {
    const used = await tokensUsedToday({ db: t.db, workspaceId: alice.workspaceId });
    expect(used).toBeGreaterThan(0);
    const model = mockModel([textReply(JSON.stringify(validReport))]);
    const before = await t.db.report.count();
    const refusal = await createReportStreamResponse({
      db: t.db,
      workspaceId: alice.workspaceId,
      groupId: setup.group.id,
      locale: "en",
      llm: llmFrom(model),
      loadComparison: loadGroupComparison,
      dailyTokenBudget: used,
    }).catch((err: unknown) => err);
    expect(refusal).toMatchObject({ code: "LIMIT_REACHED", messageKey: "reportBudgetSpent", values: { used, budget: used } });
    expect(toActionError(refusal, translatorFor("errors") as never).message).toBe(`This workspace has used its daily token budget for reports (${used} of ${used} tokens). Reports can be generated again after midnight UTC.`);
    request.locale = "zh-CN";
    expect(toActionError(refusal, translatorFor("errors") as never).message).toContain("预算已用完");
    request.locale = "en";
    expect(model.doStreamCalls).toHaveLength(0);
    expect(await t.db.report.count()).toBe(before);
    // The claim was given back: with budget left the same group can be generated right away.
    const res = await createReportStreamResponse({ db: t.db, workspaceId: alice.workspaceId, groupId: setup.group.id, locale: "en", llm: llmFrom(model), loadComparison: loadGroupComparison, dailyTokenBudget });
    expect(await res.text()).toContain('"type":"done"');
  });
});
