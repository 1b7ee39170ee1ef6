import { NoObjectGeneratedError, type LanguageModelUsage, type ModelMessage } from "ai";
import type { Db } from "@/lib/db/client";
import type { GroupComparison } from "@/lib/comparison/comparison-types";
import type { Locale } from "@/lib/i18n/locales";
import type { ConfiguredModel } from "@/lib/llm/llm-config";
import { buildReportInstructions, buildReportPrompt, toReportInput } from "@/lib/reports/build-report-prompt";
import { callReportModel, describeInvalidOutput, type ModelAttempt, type PartialReport } from "@/lib/reports/call-report-model";
import { saveCompletedReport, saveFailedReport } from "@/lib/reports/save-report";
import { sumUsage } from "@/lib/reports/usage";

export type ReportEvent =
  | { type: "partial"; report: PartialReport }
  | { type: "retry"; reason: string }
  | { type: "done"; reportId: string }
  | { type: "error"; kind: "invalid_output" | "provider"; message: string; reportId: string };

export type GenerateReportResult =
  | { status: "completed"; reportId: string; totalTokens: number | null }
  | { status: "failed"; reportId: string; kind: "invalid_output" | "provider"; error: string };

// Asks the model for the report, retrying once with the validation errors when the answer
// is malformed or cut off. Only a complete, valid answer is stored as a completed report
// (with its suggestions); anything else becomes a failed row with the reason.
export async function generateReport(opts: {
  db: Db;
  workspaceId: string;
  comparison: GroupComparison;
  llm: ConfiguredModel;
  locale: Locale;
  trigger: "manual" | "daily";
  onEvent?: (event: ReportEvent) => void;
  now?: () => number;
}): Promise<GenerateReportResult> {
  const now = opts.now ?? Date.now;
  const started = now();
  const input = toReportInput(opts.comparison);
  const instructions = buildReportInstructions(opts.locale);
  const messages: ModelMessage[] = [{ role: "user", content: buildReportPrompt(input) }];
  const onPartial = opts.onEvent ? (report: PartialReport) => opts.onEvent!({ type: "partial", report }) : undefined;
  const usages: Array<LanguageModelUsage | undefined> = [];
  const base = { db: opts.db, workspaceId: opts.workspaceId, groupId: opts.comparison.groupId, llm: opts.llm, locale: opts.locale, trigger: opts.trigger, input };

  const fail = async (kind: "invalid_output" | "provider", error: string): Promise<GenerateReportResult> => {
    const reportId = await saveFailedReport({ ...base, error, usage: sumUsage(usages), durationMs: now() - started });
    opts.onEvent?.({ type: "error", kind, message: error, reportId });
    return { status: "failed", reportId, kind, error };
  };

  let attempt: ModelAttempt | undefined;
  for (let round = 1; round <= 2 && !attempt; round++) {
    try {
      attempt = await callReportModel({ model: opts.llm.model, instructions, messages, onPartial });
      usages.push(attempt.usage);
    } catch (err) {
      if (!NoObjectGeneratedError.isInstance(err)) return fail("provider", err instanceof Error ? err.message : String(err));
      usages.push(err.usage);
      const reason = describeInvalidOutput(err);
      if (round === 2) return fail("invalid_output", `The model's answer was invalid twice. Last problem: ${reason}`);
      opts.onEvent?.({ type: "retry", reason });
      messages.push(
        { role: "assistant", content: err.text ?? "" },
        { role: "user", content: `Your answer could not be used: ${reason}\nReply again with the complete, corrected JSON object only.` },
      );
    }
  }

  const usage = sumUsage(usages);
  const reportId = await saveCompletedReport({ ...base, output: attempt!.output, usage, durationMs: now() - started, comparison: opts.comparison });
  opts.onEvent?.({ type: "done", reportId });
  return { status: "completed", reportId, totalTokens: usage.totalTokens };
}
