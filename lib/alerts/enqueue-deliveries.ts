import crypto from "node:crypto";
import type { InsertedAnomaly } from "@/lib/anomalies/types";
import type { Db } from "@/lib/db/client";
import { type DeliveryInput, insertDeliveries } from "@/lib/db/sql/insert-deliveries";

// Readings are captured while their crawl runs, a little before the run is recorded as started
// at most (clocks of the scraping service and ours differ by seconds): this much slack keeps
// a real event of the crawl from being taken for history.
const FRESHNESS_SLACK_MS = 15 * 60_000;

// The outbox, written with the anomalies (same transaction): one pending delivery per anomaly,
// recipient and channel. Members choose instant email, the daily digest or none, and which
// kinds (none chosen = all); each active webhook likewise lists its kinds. Sending is the
// delivery job's work (deliver-pending-alerts.ts, beside this); this only records what is
// owed. Safe to call again for the same anomalies: the (anomaly, channel, recipient) key
// makes it a no-op.
//
// Only news is delivered: an anomaly detected at a reading older than `freshSince` (a
// backfill, an import of old readings, the demo's history) is stored and shown in the app but
// never emailed or posted. A product's first reading has nothing to compare with, so it
// raises nothing to deliver in the first place.
//
// The instant emails of one product from one call share a group key: the worker sends them as
// one email (all of that product's changes from this crawl), not one email per change.
export async function enqueueDeliveries({
  db,
  workspaceId,
  anomalies,
  freshSince,
}: {
  db: Db;
  workspaceId: string;
  anomalies: InsertedAnomaly[];
  freshSince: Date;
}): Promise<number> {
  const fresh = anomalies.filter((a) => a.detectedAt.getTime() >= freshSince.getTime() - FRESHNESS_SLACK_MS);
  if (fresh.length === 0) return 0;
  const [members, webhooks] = await Promise.all([
    db.membership.findMany({ where: { workspaceId, emailMode: { not: "none" } }, select: { userId: true, emailMode: true, alertKinds: true } }),
    db.webhook.findMany({ where: { workspaceId, active: true }, select: { id: true, kinds: true } }),
  ]);
  const wants = (kinds: string[], kind: string) => kinds.length === 0 || kinds.includes(kind);
  const batch = crypto.randomUUID();

  const rows: DeliveryInput[] = [];
  const row = (d: Omit<DeliveryInput, "id">): DeliveryInput => ({
    ...d,
    id: `ad_${crypto.createHash("sha1").update(`${d.anomalyId}|${d.channel}|${d.recipient}`).digest("hex").slice(0, 24)}`,
  });
  for (const a of fresh) {
    for (const m of members) {
      if (!wants(m.alertKinds, a.kind)) continue;
      const instant = m.emailMode !== "digest";
      rows.push(
        row({
          anomalyId: a.id,
          channel: instant ? "email" : "email_digest",
          recipient: `user:${m.userId}`,
          userId: m.userId,
          webhookId: null,
          groupKey: instant ? `${batch}:${a.productId}` : null,
        }),
      );
    }
    for (const w of webhooks) {
      if (wants(w.kinds, a.kind)) rows.push(row({ anomalyId: a.id, channel: "webhook", recipient: `webhook:${w.id}`, userId: null, webhookId: w.id, groupKey: null }));
    }
  }
  return insertDeliveries(db, workspaceId, rows);
}
