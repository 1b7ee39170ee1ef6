import type { Db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import type { ConfiguredModel } from "@/lib/llm/llm-config";
import { generateReport } from "@/lib/reports/generate-report";
import type { LoadComparison } from "@/lib/reports/load-report-comparison";
import { tokensUsedToday } from "@/lib/reports/token-budget";

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
  const used = await tokensUsedToday({ db, workspaceId, now });
  if (used >= dailyTokenBudget) return { status: "skipped", reason: `daily token budget reached (${used} of ${dailyTokenBudget} tokens)` };
  const comparison = await loadComparison({ db, workspaceId, groupId });
  // Daily reports are written in the language of the workspace owner.
  const owner = await db.membership.findFirst({ where: { workspaceId, role: "owner" }, select: { user: { select: { locale: true } } } });
  const locale = isLocale(owner?.user.locale) ? owner.user.locale : "en";
  return generateReport({ db, workspaceId, comparison, llm, locale, trigger: "daily" });
}
