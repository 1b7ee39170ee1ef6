import { describe, expect, it } from "vitest";
import { mockModel, textReply } from "@/tests/support/mock-report-model";
import { validReport } from "@/tests/support/comparison-fixture";
import { callReportModel } from "@/lib/reports/call-report-model";

describe("callReportModel", () => {
  it("streams growing partial reports before the validated whole", async () => {
    const partials: Array<Record<string, unknown>> = [];
    const { output, usage } = await callReportModel({
      model: mockModel([textReply(JSON.stringify(validReport), { input: 11, output: 7 })]),
      instructions: "x",
      messages: [{ role: "user", content: "y" }],
      onPartial: (p) => partials.push(p),
    });
    expect(output).toEqual(validReport);
    expect(usage.totalTokens).toBe(18);
    expect(partials.length).toBeGreaterThan(3);
    const firstWithSummary = partials.findIndex((p) => typeof p.summary === "string");
    const firstWithRecs = partials.findIndex((p) => Array.isArray(p.recommendations));
    expect(firstWithSummary).toBeGreaterThanOrEqual(0);
    expect(firstWithRecs).toBeGreaterThan(firstWithSummary);
  });

  it("rejects a streamed answer cut off by the token limit even if it parses", async () => {
    const call = callReportModel({
      model: mockModel([textReply(JSON.stringify(validReport), { finish: "length" })]),
      instructions: "x",
      messages: [{ role: "user", content: "y" }],
      onPartial: () => undefined,
    });
    await expect(call).rejects.toMatchObject({ name: "AI_NoObjectGeneratedError" });
  });
});
