import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { EmailMode } from "@/lib/generated/prisma/enums";
import { storedKinds } from "@/lib/alerts/schemas";

const FAILED_WINDOW_MS = 7 * 24 * 3600_000;

/** The signed-in member's email settings for this workspace, and recent emails that failed. */
export async function getNotificationPreferences({ db, workspaceId, userId, now = new Date() }: { db: Db; workspaceId: string; userId: string; now?: Date }) {
  const membership = await db.membership.findFirst({
    where: { workspaceId, userId },
    select: { emailMode: true, alertKinds: true, user: { select: { email: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  const failedWhere = {
    workspaceId,
    userId,
    status: "failed" as const,
    channel: { in: ["email" as const, "email_digest" as const] },
    createdAt: { gte: new Date(now.getTime() - FAILED_WINDOW_MS) },
  };
  const [failedCount, lastFailed] = await Promise.all([
    db.alertDelivery.count({ where: failedWhere }),
    db.alertDelivery.findFirst({ where: failedWhere, orderBy: { createdAt: "desc" }, select: { lastError: true } }),
  ]);
  return {
    emailMode: membership.emailMode,
    alertKinds: membership.alertKinds,
    email: membership.user.email,
    failedEmails: { count: failedCount, lastError: lastFailed?.lastError ?? null },
  };
}

export async function updateNotificationPreferences({
  db,
  workspaceId,
  userId,
  input,
}: {
  db: Db;
  workspaceId: string;
  userId: string;
  input: { emailMode: EmailMode; kinds: string[] };
}) {
  const alertKinds = storedKinds(input.kinds);
  const { count } = await db.membership.updateMany({ where: { workspaceId, userId }, data: { emailMode: input.emailMode, alertKinds } });
  if (count === 0) throw new AppError("NOT_FOUND");
  return { emailMode: input.emailMode, alertKinds };
}
