import type { Db } from "@/lib/db/client";

/** Tokens the workspace's reports (completed or failed: both were paid for) used since UTC midnight. */
export async function tokensUsedToday({ db, workspaceId, now = new Date() }: { db: Db; workspaceId: string; now?: Date }): Promise<number> {
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const sum = await db.report.aggregate({ where: { workspaceId, createdAt: { gte: midnight } }, _sum: { totalTokens: true } });
  return sum._sum.totalTokens ?? 0;
}
