import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";

export type InsertedAnomaly = { id: string; kind: string };
type Delivery = { anomalyId: string; channel: "email" | "email_digest" | "webhook"; recipient: string; userId: string | null; webhookId: string | null };

// The outbox: one pending delivery per anomaly, recipient and channel, written with the
// anomalies (same transaction). Members choose instant email, the daily digest or none, and
// which kinds (none chosen = all); each active webhook likewise lists its kinds. Sending is
// someone else's job (the delivery function); this only records what is owed. Safe to call
// again for the same anomalies: the (anomaly, channel, recipient) key makes it a no-op.
export async function writeOutbox({ db, workspaceId, anomalies }: { db: Db; workspaceId: string; anomalies: InsertedAnomaly[] }): Promise<number> {
  if (anomalies.length === 0) return 0;
  const [members, webhooks] = await Promise.all([
    db.$queryRawUnsafe<Array<{ userId: string; emailMode: string; alertKinds: string[] }>>(
      `SELECT "userId", "emailMode"::text AS "emailMode", "alertKinds" FROM "Membership" WHERE "workspaceId" = $1 AND "emailMode" <> 'none'`,
      workspaceId,
    ),
    db.$queryRawUnsafe<Array<{ id: string; kinds: string[] }>>(
      `SELECT id, kinds FROM "Webhook" WHERE "workspaceId" = $1 AND active`,
      workspaceId,
    ),
  ]);
  const wants = (kinds: string[] | null, kind: string) => !kinds || kinds.length === 0 || kinds.includes(kind);

  const rows: Delivery[] = [];
  for (const a of anomalies) {
    for (const m of members) {
      if (!wants(m.alertKinds, a.kind)) continue;
      rows.push({ anomalyId: a.id, channel: m.emailMode === "digest" ? "email_digest" : "email", recipient: `user:${m.userId}`, userId: m.userId, webhookId: null });
    }
    for (const w of webhooks) {
      if (wants(w.kinds, a.kind)) rows.push({ anomalyId: a.id, channel: "webhook", recipient: `webhook:${w.id}`, userId: null, webhookId: w.id });
    }
  }
  if (rows.length === 0) return 0;
  const id = (d: Delivery) => `ad_${crypto.createHash("sha1").update(`${d.anomalyId}|${d.channel}|${d.recipient}`).digest("hex").slice(0, 24)}`;
  return db.$executeRawUnsafe(
    `INSERT INTO "AlertDelivery" (id, "workspaceId", "anomalyId", channel, recipient, "userId", "webhookId")
     SELECT u.id, $1, u.aid, u.channel::"DeliveryChannel", u.recipient, u.uid, u.wid
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(id, aid, channel, recipient, uid, wid)
     ON CONFLICT ("anomalyId", channel, recipient) DO NOTHING`,
    workspaceId,
    rows.map(id),
    rows.map((r) => r.anomalyId),
    rows.map((r) => r.channel),
    rows.map((r) => r.recipient),
    rows.map((r) => r.userId),
    rows.map((r) => r.webhookId),
  );
}
