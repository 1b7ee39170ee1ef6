import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/locales";
import type { ConfiguredModel } from "@/lib/llm/llm-config";
import { claimReport } from "@/lib/reports/claim-report";
import { generateReport, type ReportEvent } from "@/lib/reports/generate-report";
import type { LoadComparison } from "@/lib/reports/load-report-comparison";

// The streamed report: newline-delimited JSON events (partial reports, a retry notice, then
// done or error), read by components/reports/report-panel.tsx. The comparison is loaded
// (workspace-scoped) before the stream starts, so another workspace's group is a plain 404;
// then the group is claimed (one report at a time, within the daily token budget) until the
// stream ends.
export async function createReportStreamResponse(opts: {
  db: Db;
  workspaceId: string;
  groupId: string;
  locale: Locale;
  llm: ConfiguredModel | null;
  loadComparison: LoadComparison;
  dailyTokenBudget: number;
}): Promise<Response> {
  if (!opts.llm) throw new AppError("CONFLICT", "No LLM provider is configured", { messageKey: "llmNotConfigured" });
  const comparison = await opts.loadComparison({ db: opts.db, workspaceId: opts.workspaceId, groupId: opts.groupId });
  const claim = await claimReport({ db: opts.db, workspaceId: opts.workspaceId, groupId: opts.groupId, dailyTokenBudget: opts.dailyTokenBudget });
  const llm = opts.llm;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ReportEvent) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          // The reader went away; the report is still generated and stored.
        }
      };
      try {
        await generateReport({ db: opts.db, workspaceId: opts.workspaceId, comparison, llm, locale: opts.locale, trigger: "manual", onEvent: send });
      } catch (err) {
        // Only storage can fail here (model errors become failed reports inside generateReport).
        send({ type: "error", kind: "provider", message: err instanceof Error ? err.message : String(err), reportId: "" });
      } finally {
        await claim.release().catch(() => undefined);
        try {
          controller.close();
        } catch {
          // Already cancelled by the reader.
        }
      }
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
