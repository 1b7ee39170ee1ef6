import type { Db } from "@/lib/db/client";

export async function listCrawlRuns({ db, workspaceId, take = 50 }: { db: Db; workspaceId: string; take?: number }) {
  const runs = await db.crawlRun.findMany({ where: { workspaceId }, orderBy: { startedAt: "desc" }, take });
  return runs.map((r) => ({
    ...r,
    costUsd: r.costUsd?.toNumber() ?? null,
    failures: (r.failures ?? []) as Array<{ asin: string; reason: string; detail: string }>,
  }));
}
