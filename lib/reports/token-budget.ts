import type { Db } from "@/lib/db/client";

export const defaultDailyTokenBudget = 200_000;

export function readDailyTokenBudget(env: Record<string, string | undefined> = process.env): number {
  const raw = env.REPORT_DAILY_TOKEN_BUDGET?.trim();
  if (!raw) return defaultDailyTokenBudget;
  if (!/^\d+$/.test(raw)) throw new Error("REPORT_DAILY_TOKEN_BUDGET must be a whole number of tokens");
  return Number(raw);
}

/** Tokens the workspace's reports (completed or failed: both were paid for) used since UTC midnight. */
export async function tokensUsedToday({ db, workspaceId, now = new Date() }: { db: Db; workspaceId: string; now?: Date }): Promise<number> {
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const sum = await db.report.aggregate({ where: { workspaceId, createdAt: { gte: midnight } }, _sum: { totalTokens: true } });
  return sum._sum.totalTokens ?? 0;
}
