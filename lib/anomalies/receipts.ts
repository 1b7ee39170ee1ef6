import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export const anomalyIdsSchema = z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(500) });

// Read / acknowledged state is per user. Receipts are only written for anomalies of the
// caller's workspace (the workspace is in the statement), so a foreign id changes nothing
// and is reported as not found.
async function upsertReceipts(db: Db, workspaceId: string, userId: string, ids: string[] | null, acknowledge: boolean) {
  const set = acknowledge
    ? `"readAt" = COALESCE(r."readAt", $4::timestamp), "acknowledgedAt" = COALESCE(r."acknowledgedAt", $4::timestamp)`
    : `"readAt" = COALESCE(r."readAt", $4::timestamp)`;
  return db.$executeRawUnsafe(
    `INSERT INTO "AnomalyReceipt" AS r ("anomalyId", "userId", "readAt", "acknowledgedAt")
     SELECT a.id, $2, $4::timestamp, ${acknowledge ? "$4::timestamp" : "NULL::timestamp"} FROM "Anomaly" a
     WHERE a."workspaceId" = $1 AND ($3::text[] IS NULL OR a.id = ANY($3::text[]))
       ${ids === null ? `AND NOT EXISTS (SELECT 1 FROM "AnomalyReceipt" x WHERE x."anomalyId" = a.id AND x."userId" = $2 AND x."readAt" IS NOT NULL)` : ""}
     ON CONFLICT ("anomalyId", "userId") DO UPDATE SET ${set}`,
    workspaceId,
    userId,
    ids,
    new Date(),
  );
}

export async function markAnomaliesRead({ db, workspaceId, userId, ids }: { db: Db; workspaceId: string; userId: string; ids: string[] }) {
  const count = await upsertReceipts(db, workspaceId, userId, ids, false);
  if (count === 0) throw new AppError("NOT_FOUND");
  return { count };
}

export async function acknowledgeAnomalies({ db, workspaceId, userId, ids }: { db: Db; workspaceId: string; userId: string; ids: string[] }) {
  const count = await upsertReceipts(db, workspaceId, userId, ids, true);
  if (count === 0) throw new AppError("NOT_FOUND");
  return { count };
}

export async function markAllAnomaliesRead({ db, workspaceId, userId }: { db: Db; workspaceId: string; userId: string }) {
  return { count: await upsertReceipts(db, workspaceId, userId, null, false) };
}
