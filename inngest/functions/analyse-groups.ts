import { cron, NonRetriableError } from "inngest";
import type { Db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import type { ConfiguredModel } from "@/lib/llm/llm-config";
import { generateReport } from "@/lib/reports/generate-report";
import type { LoadComparison } from "@/lib/reports/load-report-comparison";
import { tokensUsedToday } from "@/lib/reports/token-budget";
import { inngest } from "../client";
import { groupAnalysisRequested } from "../events";

export type AnalysisDeps = {
  getDb: () => Promise<Db>;
  getModel: () => ConfiguredModel | null;
  loadComparison: LoadComparison;
  dailyTokenBudget: () => number;
  now?: () => Date;
};

// Daily: one event per group that asked to be re-analysed (event ids make a repeated tick
// send nothing new). Nothing is sent without a configured model.
export function createAnalyseGroups(deps: AnalysisDeps, schedule = process.env.ANALYSIS_CRON || "TZ=UTC 0 3 * * *") {
  return inngest.createFunction({ id: "analyse-groups", triggers: [cron(schedule)], concurrency: { limit: 1 } }, async ({ step }) => {
    if (!deps.getModel()) return { groups: 0, skipped: "no LLM provider configured" };
    const day = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
    const groups = await step.run("find-daily-groups", async () =>
      (await deps.getDb()).competitorGroup.findMany({ where: { dailyAnalysis: true }, select: { id: true, workspaceId: true } }),
    );
    if (groups.length === 0) return { groups: 0 };
    await step.sendEvent(
      "fan-out-groups",
      groups.map((g) => groupAnalysisRequested.create({ workspaceId: g.workspaceId, groupId: g.id, dailyAnalysis: true, day }, { id: `analysis:${g.id}:${day}` })),
    );
    return { groups: groups.length };
  });
}

// One group's report, throttled per workspace so one tenant's many groups queue behind each
// other, and skipped once the workspace spent its daily token budget.
export function createAnalyseGroup(deps: AnalysisDeps, throttle = { limit: 2, period: "1m" as const }) {
  return inngest.createFunction(
    { id: "analyse-group", triggers: [groupAnalysisRequested], throttle: { key: "event.data.workspaceId", ...throttle }, retries: 2 },
    async ({ event, step }) => {
      const llm = deps.getModel();
      if (!llm) throw new NonRetriableError("No LLM provider configured");
      const { workspaceId, groupId } = event.data;
      const budget = deps.dailyTokenBudget();
      const used = await step.run("check-token-budget", async () => tokensUsedToday({ db: await deps.getDb(), workspaceId, now: deps.now?.() }));
      if (used >= budget) return { status: "skipped" as const, reason: `daily token budget reached (${used} of ${budget} tokens)` };
      return step.run("generate-report", async () => {
        const db = await deps.getDb();
        const comparison = await deps.loadComparison({ db, workspaceId, groupId });
        // Daily reports are written in the language of the workspace owner.
        const owner = await db.membership.findFirst({ where: { workspaceId, role: "owner" }, select: { user: { select: { locale: true } } } });
        const locale = isLocale(owner?.user.locale) ? owner.user.locale : "en";
        return generateReport({ db, workspaceId, comparison, llm, locale, trigger: "daily" });
      });
    },
  );
}
