import type { Db } from "@/lib/db/client";
import { deliverPendingAlerts, type DeliverySummary } from "@/lib/alerts/deliver-pending-alerts";
import type { MailTransport } from "@/lib/alerts/mail-transport";
import { sendDigests, type DigestSummary } from "@/lib/alerts/send-digests";
import type { OutboundFetch } from "@/lib/net/guarded-fetch";
import { disableFailingWebhooks } from "@/lib/webhooks/disable-failing-webhooks";

const BATCH = 50;
const MAX_ROUNDS = 20;

export type DueDeliverySummary = Omit<DeliverySummary, "failingWebhookIds"> & { digestRetries: DigestSummary; webhooksDisabled: number };

/**
 * The delivery job: everything due in the outbox (new alerts, and failed ones whose backoff
 * has passed) in rounds of 50, then the digests whose daily send failed. Failed sends are
 * recorded on their rows; this throws only when the database itself fails.
 */
export async function deliverDueAlerts({
  db,
  now = new Date(),
  transport,
  fetch,
  appUrl,
  emailsPerHour,
}: {
  db: Db;
  now?: Date;
  transport: MailTransport | null;
  fetch?: OutboundFetch;
  appUrl?: string;
  emailsPerHour?: number;
}): Promise<DueDeliverySummary> {
  const total: DeliverySummary = { claimed: 0, sent: 0, retrying: 0, failed: 0, folded: 0, deferred: 0, failingWebhookIds: [] };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const r = await deliverPendingAlerts({ db, now, transport, fetch, limit: BATCH, appUrl, emailsPerHour });
    total.claimed += r.claimed;
    total.sent += r.sent;
    total.retrying += r.retrying;
    total.failed += r.failed;
    total.folded += r.folded;
    total.deferred += r.deferred;
    for (const id of r.failingWebhookIds) if (!total.failingWebhookIds.includes(id)) total.failingWebhookIds.push(id);
    if (r.claimed < BATCH) break;
  }
  const digestRetries = await sendDigests({ db, now, transport, retriesOnly: true, appUrl });
  // Only endpoints that just failed can have been failing for days: the check stays cheap.
  const { failingWebhookIds, ...counts } = total;
  const disabled = failingWebhookIds.length > 0 ? (await disableFailingWebhooks({ db, now, transport, appUrl, webhookIds: failingWebhookIds })).disabled : [];
  return { ...counts, digestRetries, webhooksDisabled: disabled.length };
}
