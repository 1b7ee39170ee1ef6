import { cron, NonRetriableError } from "inngest";
import { readEnv } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { groupAnalysisRequested } from "@/lib/jobs/events";
import { inngest } from "@/lib/jobs/inngest-client";
import type { ConfiguredModel } from "@/lib/llm/llm-config";
import { analyseGroup, findDailyAnalysisGroups } from "@/lib/reports/analyse-group";
import type { LoadComparison } from "@/lib/reports/load-report-comparison";
import { recordedJob } from "@/inngest/functions/recorded-job";

export type AnalysisDeps = {
  getDb: () => Promise<Db>;
  getModel: () => ConfiguredModel | null;
  loadComparison: LoadComparison;
  dailyTokenBudget: () => number;
  now?: () => Date;
};

// Daily: one event per group that asked to be re-analysed (event ids make a repeated tick
// send nothing new). Nothing is sent without a configured model.
export function createAnalyseGroups(deps: AnalysisDeps, schedule = readEnv().schedules.analysis.expression) {
  return inngest.createFunction({ id: "analyse-groups", triggers: [cron(schedule)], concurrency: { limit: 1 } }, async ({ event, step }) =>
    recordedJob({ step, event, getDb: deps.getDb, job: "analysis" }, async () => {
      if (!deps.getModel()) return { groups: 0, skipped: "no LLM provider configured" };
      const day = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
      const groups = await step.run("find-daily-groups", async () => findDailyAnalysisGroups(await deps.getDb()));
      if (groups.length === 0) return { groups: 0 };
      await step.sendEvent(
        "fan-out-groups",
        groups.map((g) => groupAnalysisRequested.create({ workspaceId: g.workspaceId, groupId: g.id, dailyAnalysis: true, day }, { id: `analysis:${g.id}:${day}` })),
      );
      return { groups: groups.length };
    }),
  );
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
      return step.run("generate-report", async () =>
        analyseGroup({ db: await deps.getDb(), workspaceId, groupId, llm, loadComparison: deps.loadComparison, dailyTokenBudget: deps.dailyTokenBudget(), now: deps.now?.() }),
      );
    },
  );
}
