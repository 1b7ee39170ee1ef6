import type { Db } from "@/lib/db/client";
import type { FailedRead, FailedReadReason } from "@/lib/sources/types";

const reasons = new Set<string>(["blocked", "not_found", "invalid", "missing", "run_failed"] satisfies FailedReadReason[]);

// Runs recorded before failed reads had their own kinds said "invalid_item".
const reasonOf = (raw: unknown): FailedReadReason => (raw === "invalid_item" ? "invalid" : reasons.has(String(raw)) ? (raw as FailedReadReason) : "run_failed");

export async function listCrawlRuns({ db, workspaceId, take = 50 }: { db: Db; workspaceId: string; take?: number }) {
  const runs = await db.crawlRun.findMany({ where: { workspaceId }, orderBy: { startedAt: "desc" }, take });
  return runs.map((r) => ({
    ...r,
    costUsd: r.costUsd?.toNumber() ?? null,
    failures: ((r.failures ?? []) as FailedRead[]).map((f) => ({ ...f, reason: reasonOf(f.reason) })),
  }));
}
