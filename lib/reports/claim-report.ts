import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { claimJobLease, releaseJobLease } from "@/lib/leases/job-lease";
import { tokensUsedToday } from "@/lib/reports/token-budget";

// A report costs money, so every one (on request or daily) first claims its group: one row
// per group in the lease table, taken by one conditional UPDATE, so of any number of requests
// at the same moment, in any number of processes, exactly one wins. The lease lapses on its
// own if the process dies mid-report. Then the workspace's daily token budget is checked.
const leaseMs = 10 * 60_000;
const leaseKey = (groupId: string) => `report:${groupId}`;

export type ReportClaim = { release: () => Promise<void> };

/**
 * Claims the group for one report. Throws CONFLICT (reportInProgress) while another report of
 * the group is being generated, LIMIT_REACHED (reportBudgetSpent) once the workspace spent its
 * daily token budget; the caller releases the claim when the report is stored.
 */
export async function claimReport({
  db,
  workspaceId,
  groupId,
  dailyTokenBudget,
  now = new Date(),
}: {
  db: Db;
  workspaceId: string;
  groupId: string;
  dailyTokenBudget: number;
  now?: Date;
}): Promise<ReportClaim> {
  const job = leaseKey(groupId);
  const holder = crypto.randomUUID();
  if (!(await claimJobLease(db, { job, holder, now, ttlMs: leaseMs }))) throw new AppError("CONFLICT", `A report of group ${groupId} is already being generated`, { messageKey: "reportInProgress" });
  const release = () => releaseJobLease(db, { job, holder });

  const used = await tokensUsedToday({ db, workspaceId, now });
  if (used >= dailyTokenBudget) {
    await release();
    throw new AppError("LIMIT_REACHED", `daily token budget reached (${used} of ${dailyTokenBudget} tokens)`, {
      messageKey: "reportBudgetSpent",
      values: { used, budget: dailyTokenBudget },
    });
  }
  return { release };
}
