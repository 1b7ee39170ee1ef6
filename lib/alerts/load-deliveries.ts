import type { Db } from "@/lib/db/client";
import { alertAnomalyInclude } from "@/lib/alerts/alert-anomaly";

/** Claimed outbox rows with what sending needs: the anomaly, its product, the recipient. */
export async function loadDeliveries({ db, ids }: { db: Db; ids: string[] }) {
  if (ids.length === 0) return [];
  const rows = await db.alertDelivery.findMany({
    where: { id: { in: ids } },
    include: {
      webhook: true,
      anomaly: { include: alertAnomalyInclude },
    },
  });
  const userIds = [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))];
  // Recipients are checked against current memberships: someone removed from the workspace
  // after detection must not receive its alerts.
  const memberships = await db.membership.findMany({
    where: { userId: { in: userIds }, workspaceId: { in: [...new Set(rows.map((r) => r.workspaceId))] } },
    select: { userId: true, workspaceId: true, user: { select: { id: true, email: true, name: true, locale: true, timeZone: true, quietHoursStart: true, quietHoursEnd: true } } },
  });
  const member = new Map(memberships.map((m) => [`${m.workspaceId}:${m.userId}`, m.user]));
  return rows.map((r) => ({ ...r, user: r.userId ? (member.get(`${r.workspaceId}:${r.userId}`) ?? null) : null }));
}

export type LoadedDelivery = Awaited<ReturnType<typeof loadDeliveries>>[number];
export type LoadedAnomaly = LoadedDelivery["anomaly"];
