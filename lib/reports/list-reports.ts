import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { reportSchema, type ReportOutput } from "@/lib/reports/report-schema";

type ReportSummary = {
  id: string;
  status: "completed" | "failed";
  trigger: string;
  locale: string;
  provider: string;
  model: string;
  inputTokens: number | null;
  outputTokens: number | null;
  totalTokens: number | null;
  durationMs: number;
  createdAt: Date;
  error: string | null;
  output: ReportOutput | null;
};

/** The group (scoped to the workspace) with its report history, newest first. */
export async function listGroupReports({ db, workspaceId, groupId, take = 20 }: { db: Db; workspaceId: string; groupId: string; take?: number }) {
  const group = await db.competitorGroup.findFirst({
    where: { id: groupId, workspaceId },
    select: { id: true, name: true, marketplace: true, mainProductId: true, dailyAnalysis: true, members: { select: { productId: true }, orderBy: { position: "asc" } } },
  });
  if (!group) throw new AppError("NOT_FOUND", "Group not found");
  const rows = await db.report.findMany({ where: { workspaceId, groupId }, orderBy: { createdAt: "desc" }, take });
  const reports: ReportSummary[] = rows.map((r) => ({
    id: r.id,
    status: r.status,
    trigger: r.trigger,
    locale: r.locale,
    provider: r.provider,
    model: r.model,
    inputTokens: r.inputTokens,
    outputTokens: r.outputTokens,
    totalTokens: r.totalTokens,
    durationMs: r.durationMs,
    createdAt: r.createdAt,
    error: r.error,
    // Stored output was validated when written; parse again so the page never trusts JSON blindly.
    output: r.output ? (reportSchema.safeParse(r.output).data ?? null) : null,
  }));
  return { group, reports, productIds: [group.mainProductId, ...group.members.map((m) => m.productId)] };
}
