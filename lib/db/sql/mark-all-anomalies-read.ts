import type { Db } from "@/lib/db/client";

// "Mark all read" covers every unread anomaly of the workspace, however many: one set-based
// statement instead of loading their ids (a long history holds hundreds of thousands).
export function markAllAnomaliesReadRows(db: Db, workspaceId: string, userId: string, at: Date): Promise<number> {
  return db.$executeRawUnsafe(
    `INSERT INTO "AnomalyReceipt" AS r ("anomalyId", "userId", "readAt")
     SELECT a.id, $2, $3::timestamp FROM "Anomaly" a
     WHERE a."workspaceId" = $1
       AND NOT EXISTS (SELECT 1 FROM "AnomalyReceipt" x WHERE x."anomalyId" = a.id AND x."userId" = $2 AND x."readAt" IS NOT NULL)
     ON CONFLICT ("anomalyId", "userId") DO UPDATE SET "readAt" = COALESCE(r."readAt", $3::timestamp)`,
    workspaceId,
    userId,
    at,
  );
}
