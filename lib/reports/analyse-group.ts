import type { Db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import type { ConfiguredModel } from "@/lib/llm/llm-config";
import { generateReport } from "@/lib/reports/generate-report";
import type { LoadComparison } from "@/lib/reports/load-report-comparison";
import { isAppError } from "@/lib/errors/app-error";
import { claimReport, type ReportClaim } from "@/lib/reports/claim-report";

export type AnalyseGroupResult =
  | { status: "skipped"; reason: string }
  | Awaited<ReturnType<typeof generateReport>>;

/** Groups that asked to be re-analysed daily, in every workspace. */
export function findDailyAnalysisGroups(db: Db) {
  return db.competitorGroup.findMany({ where: { dailyAnalysis: true }, select: { id: true, workspaceId: true }, orderBy: { id: "asc" } });
}

/** The daily report of one group, unless the workspace spent its daily token budget. */
export async function analyseGroup({
  db,
  workspaceId,
  groupId,
  llm,
  loadComparison,
  dailyTokenBudget,
  now = new Date(),
}: {
  db: Db;
  workspaceId: string;
  groupId: string;
  llm: ConfiguredModel;
  loadComparison: LoadComparison;
  dailyTokenBudget: number;
  now?: Date;
}): Promise<AnalyseGroupResult> {
  let claim: ReportClaim;
  try {
    claim = await claimReport({ db, workspaceId, groupId, dailyTokenBudget, now });
  } catch (err) {
    // Over the budget, or someone is generating this group's report right now.
    if (isAppError(err) && (err.code === "LIMIT_REACHED" || err.code === "CONFLICT")) return { status: "skipped", reason: err.message };
    throw err;
  }
  try {
    const comparison = await loadComparison({ db, workspaceId, groupId });
    // Daily reports are written in the language of the workspace owner.
    const owner = await db.membership.findFirst({ where: { workspaceId, role: "owner" }, select: { user: { select: { locale: true } } } });
    const locale = isLocale(owner?.user.locale) ? owner.user.locale : "en";
    return await generateReport({ db, workspaceId, comparison, llm, locale, trigger: "daily" });
  } finally {
    await claim.release();
  }
}
