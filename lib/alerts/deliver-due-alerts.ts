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
  now,
  transport,
  fetch,
  appUrl,
  emailsPerHour,
}: {
  db: Db;
  /** A fixed clock for tests; by default every round reads the time afresh. */
  now?: Date;
  transport: MailTransport | null;
  fetch?: OutboundFetch;
  appUrl?: string;
  emailsPerHour?: number;
}): Promise<DueDeliverySummary> {
  // Rounds can take minutes behind a slow receiver: each claim's lease, sentAt and retry times
  // must come from the time of that round, or a late round's lease would already be over and
  // another worker could claim and send the same rows again.
  const clock = () => now ?? new Date();
  const total: DeliverySummary = { claimed: 0, sent: 0, retrying: 0, failed: 0, folded: 0, deferred: 0, failingWebhookIds: [] };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const r = await deliverPendingAlerts({ db, now: clock(), transport, fetch, limit: BATCH, appUrl, emailsPerHour });
    total.claimed += r.claimed;
    total.sent += r.sent;
    total.retrying += r.retrying;
    total.failed += r.failed;
    total.folded += r.folded;
    total.deferred += r.deferred;
    for (const id of r.failingWebhookIds) if (!total.failingWebhookIds.includes(id)) total.failingWebhookIds.push(id);
    if (r.claimed < BATCH) break;
  }
  const digestRetries = await sendDigests({ db, now: clock(), transport, retriesOnly: true, appUrl });
  // Only endpoints that just failed can have been failing for days: the check stays cheap.
  const { failingWebhookIds, ...counts } = total;
  const disabled = failingWebhookIds.length > 0 ? (await disableFailingWebhooks({ db, now: clock(), transport, appUrl, webhookIds: failingWebhookIds })).disabled : [];
  return { ...counts, digestRetries, webhooksDisabled: disabled.length };
}
