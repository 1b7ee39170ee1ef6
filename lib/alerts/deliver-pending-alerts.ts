import type { Db } from "@/lib/db/client";
import { loadMessages } from "@/lib/i18n/load-messages";
import { loadDeliveries, type LoadedDelivery } from "@/lib/alerts/load-deliveries";
import type { MailTransport } from "@/lib/alerts/mail-transport";
import { claimDueDeliveries, markSent, markUndeliverable, recordFailure, type ClaimedDelivery } from "@/lib/alerts/outbox";
import { recipientLocale, renderProductAlertEmail } from "@/lib/alerts/render-alert-emails";
import { readEnv } from "@/lib/config/env";
import { buildWebhookPayload, postWebhook } from "@/lib/alerts/webhook-payload";
import { defaultGuardedFetch, type OutboundFetch } from "@/lib/net/guarded-fetch";

export type DeliverySummary = { claimed: number; sent: number; retrying: number; failed: number };

export const EMAIL_OFF = "email is off: no SMTP server is configured";
export const NOT_A_MEMBER = "the recipient is no longer a member of the workspace";
export const WEBHOOK_DISABLED = "the webhook is disabled";

type Outcome = "sent" | "retrying" | "failed";

/**
 * Sends due instant emails and webhooks from the outbox. Each row is claimed atomically,
 * then marked sent, or its failure is recorded and retried on the backoff schedule until the
 * last attempt marks it failed. Digest rows wait for sendDigests.
 *
 * With email off, email rows are marked failed ("email is off") rather than left pending: the
 * alert itself stays in the app, and configuring SMTP months later must not release a flood
 * of stale emails.
 *
 * Webhooks go through the guarded client (`fetch`, by default configured from the
 * environment): a URL that points at a private or internal address fails at once.
 */
export async function deliverPendingAlerts({
  db,
  now = new Date(),
  transport,
  fetch = defaultGuardedFetch(),
  limit = 50,
  workspaceId,
  appUrl = readEnv().appUrl,
  webhookTimeoutMs,
}: {
  db: Db;
  now?: Date;
  transport: MailTransport | null;
  fetch?: OutboundFetch;
  limit?: number;
  workspaceId?: string;
  appUrl?: string;
  webhookTimeoutMs?: number;
}): Promise<DeliverySummary> {
  const claimed = await claimDueDeliveries({ db, now, channels: ["email", "webhook"], limit, workspaceId });
  const summary: DeliverySummary = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  if (claimed.length === 0) return summary;
  const rows = new Map((await loadDeliveries({ db, ids: claimed.map((c) => c.id) })).map((r) => [r.id, r]));
  const english = await loadMessages("en");

  // One row at a time: a slow receiver delays the batch but never the claim of another worker.
  for (const claim of claimed) {
    const row = rows.get(claim.id);
    if (!row) continue; // deleted with its anomaly or webhook since the claim
    const ctx = { db, claimed: claim, now };
    let outcome: Outcome;
    if (row.channel === "webhook") {
      outcome = await sendWebhook(ctx, row, { fetch, english, appUrl, timeoutMs: webhookTimeoutMs });
    } else {
      outcome = await sendEmail(ctx, row, transport, appUrl);
    }
    summary[outcome] += 1;
  }
  return summary;
}

type Ctx = { db: Db; claimed: ClaimedDelivery; now: Date };

async function fail(ctx: Ctx, error: string, statusCode?: number, final?: boolean): Promise<Outcome> {
  return (await recordFailure({ ...ctx, error, statusCode, final })) === "failed" ? "failed" : "retrying";
}

async function sendEmail(ctx: Ctx, row: LoadedDelivery, transport: MailTransport | null, appUrl: string): Promise<Outcome> {
  if (!transport) return markUndeliverable({ ...ctx, reason: EMAIL_OFF }).then(() => "failed");
  if (!row.user) return markUndeliverable({ ...ctx, reason: NOT_A_MEMBER }).then(() => "failed");
  try {
    const email = await renderProductAlertEmail({
      db: ctx.db,
      anomalies: [row.anomaly],
      locale: recipientLocale(row.user.locale),
      timeZone: "UTC",
      appUrl,
      recipient: { userId: row.user.id, workspaceId: row.workspaceId },
    });
    await transport.send({ to: row.user.email, ...email });
  } catch (err) {
    return fail(ctx, (err as Error).message);
  }
  await markSent(ctx);
  return "sent";
}

async function sendWebhook(
  ctx: Ctx,
  row: LoadedDelivery,
  opts: { fetch: OutboundFetch; english: Awaited<ReturnType<typeof loadMessages>>; appUrl: string; timeoutMs?: number },
): Promise<Outcome> {
  if (!row.webhook?.active) return markUndeliverable({ ...ctx, reason: WEBHOOK_DISABLED }).then(() => "failed");
  const result = await postWebhook({
    fetch: opts.fetch,
    url: row.webhook.url,
    secret: row.webhook.secret,
    deliveryId: row.id,
    payload: buildWebhookPayload(row.anomaly, opts.english, opts.appUrl),
    now: ctx.now,
    timeoutMs: opts.timeoutMs,
  });
  if (!result.ok) return fail(ctx, result.error, result.statusCode, result.final);
  await markSent({ ...ctx, statusCode: result.statusCode });
  return "sent";
}
