import type { Db } from "@/lib/db/client";
import { EMAIL_OFF, NOT_A_MEMBER } from "@/lib/alerts/deliver-pending-alerts";
import { loadDeliveries, type LoadedDelivery } from "@/lib/alerts/load-deliveries";
import type { MailTransport } from "@/lib/alerts/mail-transport";
import { claimDueDeliveries, markSent, markUndeliverable, recordFailure } from "@/lib/alerts/outbox";
import { recipientLocale, renderDigestEmail } from "@/lib/alerts/render-alert-emails";
import { readEnv } from "@/lib/config/env";

export type DigestSummary = { emails: number; alerts: number; retrying: number; failed: number };

/**
 * One email per person with all their due digest rows (across workspaces). A failed send
 * puts every row of that digest on the backoff schedule; `retriesOnly` sends just those
 * (the frequent safety-net run), so new alerts still wait for the daily digest.
 */
export async function sendDigests({
  db,
  now = new Date(),
  transport,
  retriesOnly = false,
  limit = 5000,
  appUrl = readEnv().appUrl,
}: {
  db: Db;
  now?: Date;
  transport: MailTransport | null;
  retriesOnly?: boolean;
  limit?: number;
  appUrl?: string;
}): Promise<DigestSummary> {
  const claimed = await claimDueDeliveries({ db, now, channels: ["email_digest"], limit, retriesOnly });
  const summary: DigestSummary = { emails: 0, alerts: 0, retrying: 0, failed: 0 };
  if (claimed.length === 0) return summary;
  const claimOf = new Map(claimed.map((c) => [c.id, c]));
  const rows = await loadDeliveries({ db, ids: claimed.map((c) => c.id) });

  const byUser = new Map<string, { user: NonNullable<LoadedDelivery["user"]>; rows: LoadedDelivery[] }>();
  for (const row of rows) {
    const claim = claimOf.get(row.id)!;
    if (!transport || !row.user) {
      await markUndeliverable({ db, claimed: claim, now, reason: transport ? NOT_A_MEMBER : EMAIL_OFF });
      summary.failed += 1;
      continue;
    }
    const entry = byUser.get(row.user.id) ?? { user: row.user, rows: [] };
    entry.rows.push(row);
    byUser.set(row.user.id, entry);
  }

  for (const { user, rows: userRows } of byUser.values()) {
    const claims = userRows.map((r) => claimOf.get(r.id)!);
    try {
      const email = await renderDigestEmail({
        db,
        anomalies: userRows.map((r) => r.anomaly),
        locale: recipientLocale(user.locale),
        timeZone: user.timeZone ?? "UTC",
        appUrl,
        date: now,
        recipient: { userId: user.id },
      });
      await transport!.send({ to: user.email, ...email });
    } catch (err) {
      for (const claim of claims) {
        const outcome = await recordFailure({ db, claimed: claim, now, error: (err as Error).message });
        summary[outcome === "failed" ? "failed" : "retrying"] += 1;
      }
      continue;
    }
    for (const claim of claims) await markSent({ db, claimed: claim, now });
    summary.emails += 1;
    summary.alerts += claims.length;
  }
  return summary;
}
