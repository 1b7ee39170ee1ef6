import { deliverDueAlerts } from "@/lib/alerts/deliver-due-alerts";
import { deleteExpiredAttempts } from "@/lib/auth/throttle";
import { sendDigests } from "@/lib/alerts/send-digests";
import type { JobName } from "@/lib/config/env";
import { runDueCrawls } from "@/lib/crawl/run-due-crawls";
import { requestDelivery } from "@/lib/jobs/request-delivery";
import { searchScheduledCategories } from "@/lib/discovery/search-scheduled-categories";
import type { Prisma } from "@/lib/generated/prisma/client";
import { analyseGroup, findDailyAnalysisGroups } from "@/lib/reports/analyse-group";
import type { JobDeps } from "@/lib/jobs/job-deps";

type JobBody = (deps: JobDeps, at: { now: Date; tick: Date }) => Promise<Prisma.InputJsonValue>;

// What each scheduled job does when the app's own process runs it. Every body is a call into
// the same lib/ functions the Inngest functions call; the difference is only that Inngest
// fans the work out as events while this runs it here, one piece after the other.
export const scheduledJobs: Record<JobName, JobBody> = {
  crawl: async (deps, { now, tick }) => {
    const { source, batchSize } = deps.getSource();
    const summary = await runDueCrawls({ db: await deps.getDb(), source, batchSize, now, tick });
    for (const workspaceId of summary.workspacesWithAlerts) await requestDelivery({ workspaceId });
    return summary;
  },
  delivery: async (deps, { now }) => {
    const db = await deps.getDb();
    // No fixed clock: each round of a long delivery run reads the time afresh.
    const delivered = await deliverDueAlerts({ db, transport: deps.getTransport() });
    // The throttle's counters are swept on the same short schedule (unknown emails leave rows).
    return { ...delivered, expiredAttemptsRemoved: await deleteExpiredAttempts(db, now) };
  },
  digest: async (deps, { now }) => sendDigests({ db: await deps.getDb(), now, transport: deps.getTransport() }),
  keywordSearch: async (deps, { now }) => searchScheduledCategories({ db: await deps.getDb(), search: deps.getSource().source.search, now }),
  analysis: async (deps, { now }) => {
    const llm = deps.getModel();
    if (!llm) return { groups: 0, skipped: "no LLM provider configured" };
    const db = await deps.getDb();
    const outcomes = { groups: 0, completed: 0, failed: 0, skipped: 0 };
    for (const g of await findDailyAnalysisGroups(db)) {
      outcomes.groups++;
      const r = await analyseGroup({ db, workspaceId: g.workspaceId, groupId: g.id, llm, loadComparison: deps.loadComparison, dailyTokenBudget: deps.dailyTokenBudget(), now });
      outcomes[r.status]++;
    }
    return outcomes;
  },
};
