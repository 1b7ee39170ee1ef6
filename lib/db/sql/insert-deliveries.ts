import type { Db } from "@/lib/db/client";

export type DeliveryInput = {
  id: string;
  anomalyId: string;
  channel: "email" | "email_digest" | "webhook";
  recipient: string;
  userId: string | null;
  webhookId: string | null;
  groupKey: string | null;
};

/** Pending outbox rows in one statement; (anomaly, channel, recipient) already there is left alone. */
export function insertDeliveries(db: Db, workspaceId: string, rows: DeliveryInput[], now = new Date()): Promise<number> {
  if (rows.length === 0) return Promise.resolve(0);
  return db.$executeRawUnsafe(
    `INSERT INTO "AlertDelivery" (id, "workspaceId", "anomalyId", channel, recipient, "userId", "webhookId", "groupKey", "createdAt", "nextAttemptAt")
     SELECT u.id, $1, u.aid, u.channel::"DeliveryChannel", u.recipient, u.uid, u.wid, u.gk, $9::timestamp(3), $9::timestamp(3)
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS u(id, aid, channel, recipient, uid, wid, gk)
     ON CONFLICT ("anomalyId", channel, recipient) DO NOTHING`,
    workspaceId,
    rows.map((r) => r.id),
    rows.map((r) => r.anomalyId),
    rows.map((r) => r.channel),
    rows.map((r) => r.recipient),
    rows.map((r) => r.userId),
    rows.map((r) => r.webhookId),
    rows.map((r) => r.groupKey),
    // The app's clock in UTC, not the column default: CURRENT_TIMESTAMP in a column without a
    // time zone is the server's local wall time, which would make rows due hours late (or
    // early) on a PostgreSQL whose TimeZone is not UTC.
    now.toISOString(),
  );
}
