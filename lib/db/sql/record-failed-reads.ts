import type { Db } from "@/lib/db/client";

export type FailedReadInput = { asin: string; reason: string; detail: string };

// A failed read never touches the reading columns: the product keeps its last good values,
// and the failure is visible on its own (kind and detail). The same crawl recorded twice
// counts once; a failure older than the latest good reading is history and changes nothing.
export async function recordFailedReads(db: Db, workspaceId: string, marketplace: string, failures: FailedReadInput[], at: Date): Promise<void> {
  if (failures.length === 0) return;
  await db.$executeRawUnsafe(
    `UPDATE "Product" p SET "lastFailedAt" = $3, "lastFailureKind" = u.kind::"FailedReadReason", "lastFailureReason" = u.detail,
       "failureStreak" = p."failureStreak" + 1, "lastCrawledAt" = GREATEST(p."lastCrawledAt", $3), "updatedAt" = now()
     FROM unnest($4::text[], $5::text[], $6::text[]) AS u(asin, kind, detail)
     WHERE p."workspaceId" = $1 AND p.marketplace = $2 AND p.asin = u.asin
       AND p."lastFailedAt" IS DISTINCT FROM $3 AND (p."lastReadingAt" IS NULL OR p."lastReadingAt" < $3)`,
    workspaceId,
    marketplace,
    at,
    failures.map((f) => f.asin),
    failures.map((f) => f.reason),
    failures.map((f) => f.detail.slice(0, 500)),
  );
}
