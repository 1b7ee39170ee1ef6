import crypto from "node:crypto";
import type { InsertedAnomaly } from "@/lib/anomalies/types";
import type { Db } from "@/lib/db/client";
import { type DeliveryInput, insertDeliveries } from "@/lib/db/sql/insert-deliveries";

// The outbox, written with the anomalies (same transaction): one pending delivery per anomaly,
// recipient and channel. Members choose instant email, the daily digest or none, and which
// kinds (none chosen = all); each active webhook likewise lists its kinds. Sending is the
// delivery job's work (deliver-pending-alerts.ts, beside this); this only records what is
// owed. Safe to call again for the same anomalies: the (anomaly, channel, recipient) key
// makes it a no-op.
export async function enqueueDeliveries({ db, workspaceId, anomalies }: { db: Db; workspaceId: string; anomalies: InsertedAnomaly[] }): Promise<number> {
  if (anomalies.length === 0) return 0;
  const [members, webhooks] = await Promise.all([
    db.membership.findMany({ where: { workspaceId, emailMode: { not: "none" } }, select: { userId: true, emailMode: true, alertKinds: true } }),
    db.webhook.findMany({ where: { workspaceId, active: true }, select: { id: true, kinds: true } }),
  ]);
  const wants = (kinds: string[], kind: string) => kinds.length === 0 || kinds.includes(kind);

  const rows: DeliveryInput[] = [];
  const row = (d: Omit<DeliveryInput, "id">): DeliveryInput => ({
    ...d,
    id: `ad_${crypto.createHash("sha1").update(`${d.anomalyId}|${d.channel}|${d.recipient}`).digest("hex").slice(0, 24)}`,
  });
  for (const a of anomalies) {
    for (const m of members) {
      if (!wants(m.alertKinds, a.kind)) continue;
      rows.push(row({ anomalyId: a.id, channel: m.emailMode === "digest" ? "email_digest" : "email", recipient: `user:${m.userId}`, userId: m.userId, webhookId: null }));
    }
    for (const w of webhooks) {
      if (wants(w.kinds, a.kind)) rows.push(row({ anomalyId: a.id, channel: "webhook", recipient: `webhook:${w.id}`, userId: null, webhookId: w.id }));
    }
  }
  return insertDeliveries(db, workspaceId, rows);
}
