import { alertAnomalyInclude } from "@/lib/alerts/alert-anomaly";
import { recipientLocale, renderDigestEmail } from "@/lib/alerts/render-alert-emails";
import { readEnv } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import type { AnomalyKind } from "@/lib/generated/prisma/enums";

const WINDOW_MS = 7 * 24 * 3600_000;
const MAX_ALERTS = 60;

/**
 * The digest this member would get, from their alerts of the last 7 days in this workspace
 * and the kinds they chose, rendered exactly as it is sent (their language, their zone).
 * Null when there is nothing to show. HTML only, for the Settings preview frame.
 */
export async function previewDigest({
  db,
  workspaceId,
  userId,
  timeZone,
  appUrl = readEnv().appUrl,
  now = new Date(),
}: {
  db: Db;
  workspaceId: string;
  userId: string;
  /** Default: the member's own zone from their profile, as their real digest uses. */
  timeZone?: string;
  appUrl?: string;
  now?: Date;
}): Promise<{ html: string; subject: string } | null> {
  const membership = await db.membership.findFirst({ where: { workspaceId, userId }, select: { alertKinds: true, user: { select: { locale: true, timeZone: true } } } });
  if (!membership) return null;
  const anomalies = await db.anomaly.findMany({
    where: {
      workspaceId,
      detectedAt: { gte: new Date(now.getTime() - WINDOW_MS), lte: now },
      ...(membership.alertKinds.length > 0 && { kind: { in: membership.alertKinds as AnomalyKind[] } }),
    },
    orderBy: { detectedAt: "desc" },
    take: MAX_ALERTS,
    include: alertAnomalyInclude,
  });
  if (anomalies.length === 0) return null;
  const email = await renderDigestEmail({ db, anomalies, locale: recipientLocale(membership.user.locale), timeZone: timeZone ?? membership.user.timeZone ?? "UTC", appUrl, date: now, recipient: { userId } });
  return { html: email.html, subject: email.subject };
}
