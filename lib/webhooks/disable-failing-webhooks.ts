import type { MailTransport } from "@/lib/alerts/mail-transport";
import { readEnv } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { canManageWorkspace } from "@/lib/workspaces/roles";
import { renderWebhookDisabledEmail } from "@/lib/webhooks/webhook-disabled-email";

const DAY_MS = 86_400_000;
// Enough to judge the pattern; an endpoint with more failed events than this is plainly down.
const MAX_FAILURES_READ = 5000;

function longestGapMs(times: Date[]): number {
  let longest = 0;
  for (let i = 1; i < times.length; i++) longest = Math.max(longest, times[i]!.getTime() - times[i - 1]!.getTime());
  return longest;
}

/**
 * Turns off endpoints that have failed every delivery for `afterDays` (WEBHOOK_DISABLE_AFTER_DAYS):
 * their oldest failed attempt since the last success (and since they were last enabled) is at
 * least that old, nothing has succeeded since, and the failed events since then are never
 * further apart than the period (failing all along, not once long ago and once now). A disabled endpoint records why and since
 * when (shown in Settings → Webhooks) and its workspace's owners and admins get an email when
 * SMTP is on. An email that fails is logged: the endpoint stays disabled and the settings page
 * says so either way. Called by the delivery job; safe to run concurrently (the update is
 * conditioned on the endpoint still being active, so one run notifies).
 */
export async function disableFailingWebhooks({
  db,
  now = new Date(),
  transport,
  afterDays = readEnv().webhookDisableAfterDays,
  appUrl = readEnv().appUrl,
  webhookIds,
}: {
  db: Db;
  now?: Date;
  transport: MailTransport | null;
  afterDays?: number;
  appUrl?: string;
  /** Check only these endpoints (the delivery job passes the ones that just failed). */
  webhookIds?: string[];
}) {
  const cutoff = new Date(now.getTime() - afterDays * DAY_MS);
  // Only endpoints enabled long enough can have failed for the whole period.
  const candidates = await db.webhook.findMany({
    where: { active: true, enabledAt: { lte: cutoff }, ...(webhookIds ? { id: { in: webhookIds } } : {}) },
    select: { id: true, workspaceId: true, url: true, enabledAt: true, workspace: { select: { name: true } } },
  });
  if (candidates.length === 0) return { disabled: [] };
  const successes = await db.alertDelivery.groupBy({
    by: ["webhookId"],
    where: { webhookId: { in: candidates.map((c) => c.id) }, status: "sent" },
    _max: { sentAt: true },
  });
  const lastSuccess = new Map(successes.map((s) => [s.webhookId, s._max.sentAt]));

  const disabled: Array<{ id: string; workspaceId: string; failingSince: Date }> = [];
  for (const hook of candidates) {
    const success = lastSuccess.get(hook.id);
    if (success && success > cutoff) continue;
    const since = success && success > hook.enabledAt ? success : hook.enabledAt;
    // Attempted and not delivered: retrying (pending) or given up (failed). Rows failed
    // without an attempt (endpoint disabled, blocked at once) say nothing about the receiver.
    const failures = await db.alertDelivery.findMany({
      where: { webhookId: hook.id, attempts: { gt: 0 }, status: { not: "sent" }, createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
      take: MAX_FAILURES_READ,
    });
    const firstFailure = failures[0];
    if (!firstFailure || firstFailure.createdAt > cutoff) continue;
    // Failing all along, not twice: an old failure, a quiet week with nothing to send, then one
    // bad answer is no evidence of a dead endpoint. Failed events no further apart than the
    // period itself are (a dead endpoint's own retries alone span a day).
    if (longestGapMs(failures.map((f) => f.createdAt)) > afterDays * DAY_MS) continue;
    const { count } = await db.webhook.updateMany({
      where: { id: hook.id, active: true },
      data: { active: false, disabledAt: now, disabledReason: "failing", failingSince: firstFailure.createdAt },
    });
    if (count === 0) continue;
    disabled.push({ id: hook.id, workspaceId: hook.workspaceId, failingSince: firstFailure.createdAt });
    if (transport) {
      await notifyAdmins({ db, transport, appUrl, notice: { workspaceId: hook.workspaceId, workspaceName: hook.workspace.name, url: hook.url, failingSince: firstFailure.createdAt, days: afterDays } });
    }
  }
  return { disabled };
}

async function notifyAdmins({ db, transport, appUrl, notice }: { db: Db; transport: MailTransport; appUrl: string; notice: Parameters<typeof renderWebhookDisabledEmail>[0]["notice"] }) {
  const admins = await db.membership.findMany({
    where: { workspaceId: notice.workspaceId, role: { in: [...canManageWorkspace] } },
    select: { user: { select: { email: true, locale: true } } },
  });
  for (const { user } of admins) {
    try {
      await transport.send({ to: user.email, ...(await renderWebhookDisabledEmail({ notice, locale: user.locale, appUrl })) });
    } catch (err) {
      console.error(`[webhooks] could not email ${user.email} that a webhook was disabled`, err);
    }
  }
}
