import PQueue from "p-queue";
import type { Db } from "@/lib/db/client";
import { loadMessages } from "@/lib/i18n/load-messages";
import { loadDeliveries, type LoadedDelivery } from "@/lib/alerts/load-deliveries";
import type { MailTransport } from "@/lib/alerts/mail-transport";
import {
  claimDueDeliveries,
  countRecentInstantEmails,
  deferDelivery,
  foldIntoDigest,
  markSent,
  markUndeliverable,
  recordFailure,
  type ClaimedDelivery,
} from "@/lib/alerts/outbox";
import { nextSendTime } from "@/lib/alerts/quiet-hours";
import { recipientLocale, renderProductAlertEmail } from "@/lib/alerts/render-alert-emails";
import { readEnv } from "@/lib/config/env";
import { defaultGuardedFetch, type OutboundFetch } from "@/lib/net/guarded-fetch";
import { buildWebhookEvent } from "@/lib/webhooks/build-event";
import { postWebhook } from "@/lib/webhooks/post-webhook";

export type DeliverySummary = {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
  folded: number;
  deferred: number;
  /** Webhook endpoints whose attempt failed in this run (the auto-disable check looks at them). */
  failingWebhookIds: string[];
};

export const EMAIL_OFF = "email is off: no SMTP server is configured";
export const NOT_A_MEMBER = "the recipient is no longer a member of the workspace";
export const WEBHOOK_DISABLED = "the webhook is disabled";

/** Sends in flight at once, and at once to any one webhook endpoint. */
const CONCURRENCY = 8;
const PER_ENDPOINT = 2;
const HOUR_MS = 60 * 60_000;

type Outcome = "sent" | "retrying" | "failed" | "folded" | "deferred";

/** What one send is: an instant email (all rows of one product's crawl for one person) or one webhook event. */
type Send = { key: string; rows: LoadedDelivery[]; claims: ClaimedDelivery[] };

/**
 * Sends due instant emails and webhooks from the outbox, off any request: the delivery job
 * (embedded scheduler or Inngest) calls this, a crawl only asks for it. Rows are claimed
 * atomically; each send is then marked sent, or its failure recorded and retried on the
 * backoff schedule until the last attempt marks it failed. Digest rows wait for sendDigests.
 *
 * Sends run in parallel, at most two at a time per webhook endpoint (a slow receiver holds
 * back only its own events) and one at a time per person (their hourly cap is counted in
 * order). Over the cap, instant emails are folded into the person's next digest; in their
 * quiet hours (lib/alerts/quiet-hours.ts) they wait, unsent and uncounted, until it ends.
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
  emailsPerHour = readEnv().alertEmailsPerHour,
}: {
  db: Db;
  now?: Date;
  transport: MailTransport | null;
  fetch?: OutboundFetch;
  limit?: number;
  workspaceId?: string;
  appUrl?: string;
  webhookTimeoutMs?: number;
  emailsPerHour?: number;
}): Promise<DeliverySummary> {
  const claimed = await claimDueDeliveries({ db, now, channels: ["email", "webhook"], limit, workspaceId });
  const summary: DeliverySummary = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0, folded: 0, deferred: 0, failingWebhookIds: [] };
  if (claimed.length === 0) return summary;
  const claimOf = new Map(claimed.map((c) => [c.id, c]));
  const rows = await loadDeliveries({ db, ids: claimed.map((c) => c.id) }); // a row deleted since the claim is gone
  const english = await loadMessages("en");

  const sends = new Map<string, Send>();
  for (const row of rows) {
    const key = row.channel === "email" ? `email:${row.recipient}:${row.groupKey ?? row.id}` : `webhook:${row.id}`;
    const send = sends.get(key) ?? { key, rows: [], claims: [] };
    send.rows.push(row);
    send.claims.push(claimOf.get(row.id)!);
    sends.set(key, send);
  }

  const all = new PQueue({ concurrency: CONCURRENCY });
  const lanes = new Map<string, PQueue>();
  const lane = (key: string, concurrency: number) => {
    if (!lanes.has(key)) lanes.set(key, new PQueue({ concurrency }));
    return lanes.get(key)!;
  };
  const sentThisHour = new Map<string, number>();
  const ctx = { db, now };

  const emailSend = async (send: Send): Promise<Outcome> => {
    const first = send.rows[0]!;
    if (!first.user || !transport) return sendEmail(ctx, send, transport, appUrl);
    // In the person's quiet hours: held, not counted as an attempt, until they end.
    const allowedAt = nextSendTime(now, first.user);
    if (allowedAt.getTime() > now.getTime()) {
      for (const claimed of send.claims) await deferDelivery({ db, claimed, until: allowedAt });
      return "deferred";
    }
    const userId = first.user.id;
    const count = sentThisHour.get(userId) ?? (await countRecentInstantEmails({ db, userId, since: new Date(now.getTime() - HOUR_MS) }));
    if (count >= emailsPerHour) {
      await foldIntoDigest({ db, claimed: send.claims, now });
      return "folded";
    }
    const outcome = await sendEmail(ctx, send, transport, appUrl);
    sentThisHour.set(userId, outcome === "sent" ? count + 1 : count);
    return outcome;
  };

  const results = await Promise.allSettled(
    [...sends.values()].map(async (send) => {
      const first = send.rows[0]!;
      const outcome: Outcome =
        first.channel === "webhook"
          ? await lane(`webhook:${first.webhookId}`, PER_ENDPOINT).add(() =>
              all.add(() => guarded(ctx, send, () => sendWebhook(ctx, send, { fetch, english, appUrl, timeoutMs: webhookTimeoutMs }))),
            )
          : await lane(first.recipient, 1).add(() => all.add(() => guarded(ctx, send, () => emailSend(send))));
      summary[outcome] += send.rows.length;
      if (first.webhookId && (outcome === "retrying" || outcome === "failed") && !summary.failingWebhookIds.includes(first.webhookId)) {
        summary.failingWebhookIds.push(first.webhookId);
      }
    }),
  );
  // Every send has finished (a database failure in one does not leave others running
  // unawaited); then the job fails as a whole, and its runner retries it.
  const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure) throw failure.reason;
  return summary;
}

type Ctx = { db: Db; now: Date };

/**
 * Runs one send; an unexpected error in it (a malformed stored value, a rendering bug) is
 * recorded on that send's rows as a failed attempt, so it is retried and eventually marked
 * failed instead of being re-claimed forever, and the other sends go on.
 */
async function guarded(ctx: Ctx, send: Send, run: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await run();
  } catch (err) {
    console.error(`[alerts] sending ${send.key} failed unexpectedly:`, err);
    return fail(ctx, send, `could not send: ${err instanceof Error ? err.message : String(err)}`);
  }
}

// An SMTP server refusing the recipient (RCPT TO answered 5xx: no such mailbox, bad address)
// will refuse every retry too; any other failure (connection, auth, 4xx) may pass later.
function refusedRecipient(err: unknown): boolean {
  const e = err as { command?: string; responseCode?: number };
  return e.command === "RCPT TO" && typeof e.responseCode === "number" && e.responseCode >= 500;
}

async function each(send: Send, fn: (claimed: ClaimedDelivery) => Promise<unknown>) {
  for (const claimed of send.claims) await fn(claimed);
}

async function fail(ctx: Ctx, send: Send, error: string, statusCode?: number, final?: boolean): Promise<Outcome> {
  let outcome: Outcome = "retrying";
  await each(send, async (claimed) => {
    if ((await recordFailure({ ...ctx, claimed, error, statusCode, final })) === "failed") outcome = "failed";
  });
  return outcome;
}

async function undeliverable(ctx: Ctx, send: Send, reason: string): Promise<Outcome> {
  await each(send, (claimed) => markUndeliverable({ ...ctx, claimed, reason }));
  return "failed";
}

async function sendEmail(ctx: Ctx, send: Send, transport: MailTransport | null, appUrl: string): Promise<Outcome> {
  const user = send.rows[0]!.user;
  if (!transport) return undeliverable(ctx, send, EMAIL_OFF);
  if (!user) return undeliverable(ctx, send, NOT_A_MEMBER);
  try {
    const email = await renderProductAlertEmail({
      db: ctx.db,
      anomalies: send.rows.map((r) => r.anomaly),
      locale: recipientLocale(user.locale),
      timeZone: user.timeZone ?? "UTC",
      appUrl,
      recipient: { userId: user.id, workspaceId: send.rows[0]!.workspaceId },
    });
    await transport.send({ to: user.email, ...email });
  } catch (err) {
    return fail(ctx, send, (err as Error).message, undefined, refusedRecipient(err));
  }
  await each(send, (claimed) => markSent({ ...ctx, claimed }));
  return "sent";
}

async function sendWebhook(
  ctx: Ctx,
  send: Send,
  opts: { fetch: OutboundFetch; english: Awaited<ReturnType<typeof loadMessages>>; appUrl: string; timeoutMs?: number },
): Promise<Outcome> {
  const row = send.rows[0]!;
  if (!row.webhook?.active) return undeliverable(ctx, send, WEBHOOK_DISABLED);
  const result = await postWebhook({
    fetch: opts.fetch,
    webhook: row.webhook,
    deliveryId: row.id,
    event: buildWebhookEvent(row.anomaly, opts.english, opts.appUrl),
    now: ctx.now,
    timeoutMs: opts.timeoutMs,
  });
  if (!result.ok) return fail(ctx, send, result.error, result.statusCode, result.final);
  await each(send, (claimed) => markSent({ ...ctx, claimed, statusCode: result.statusCode }));
  return "sent";
}
