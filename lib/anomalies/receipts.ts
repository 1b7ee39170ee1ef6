import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import type { Db } from "@/lib/db/client";
import { markAllAnomaliesReadRows } from "@/lib/db/sql/mark-all-anomalies-read";
import { AppError } from "@/lib/errors/app-error";

export const anomalyIdsSchema = z.object({ ids: z.array(plainText().min(1).max(64)).min(1).max(500) });

// Read / acknowledged state is per user. Receipts are only written for anomalies of the
// caller's workspace (the workspace is in the query that picks them), so a foreign id changes
// nothing and is reported as not found. Earlier times are kept: reading twice is reading once.
async function writeReceipts(db: Db, workspaceId: string, userId: string, ids: string[], acknowledge: boolean): Promise<number> {
  const found = (await db.anomaly.findMany({ where: { workspaceId, id: { in: ids } }, select: { id: true } })).map((a) => a.id);
  if (found.length === 0) return 0;
  const now = new Date();
  await db.anomalyReceipt.createMany({
    data: found.map((anomalyId) => ({ anomalyId, userId, readAt: now, acknowledgedAt: acknowledge ? now : null })),
    skipDuplicates: true,
  });
  await db.anomalyReceipt.updateMany({ where: { userId, anomalyId: { in: found }, readAt: null }, data: { readAt: now } });
  if (acknowledge) await db.anomalyReceipt.updateMany({ where: { userId, anomalyId: { in: found }, acknowledgedAt: null }, data: { acknowledgedAt: now } });
  return found.length;
}

export async function markAnomaliesRead({ db, workspaceId, userId, ids }: { db: Db; workspaceId: string; userId: string; ids: string[] }) {
  const count = await writeReceipts(db, workspaceId, userId, ids, false);
  if (count === 0) throw new AppError("NOT_FOUND");
  return { count };
}

export async function acknowledgeAnomalies({ db, workspaceId, userId, ids }: { db: Db; workspaceId: string; userId: string; ids: string[] }) {
  const count = await writeReceipts(db, workspaceId, userId, ids, true);
  if (count === 0) throw new AppError("NOT_FOUND");
  return { count };
}

export async function markAllAnomaliesRead({ db, workspaceId, userId }: { db: Db; workspaceId: string; userId: string }) {
  return { count: await markAllAnomaliesReadRows(db, workspaceId, userId, new Date()) };
}
