import { hashPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/sessions";
import { readEnv } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashBearerToken, newBearerToken } from "@/lib/security/bearer-token";
import { logSecurityEvent } from "@/lib/security/security-log";
import type { MailTransport } from "@/lib/alerts/mail-transport";
import { sendAccountEmail } from "@/lib/users/send-account-email";

const VALID_FOR_MS = 60 * 60 * 1000;

const digest = hashBearerToken;

// "Forgot password" answers the same for every address; only a known one gets a link. The
// token is random (192 bits), kept only as its SHA-256, and works once within the hour.
export async function requestPasswordReset(db: Db, email: string, opts: { now?: Date; transport?: MailTransport | null } = {}): Promise<void> {
  const now = opts.now ?? new Date();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, locale: true } });
  logSecurityEvent("password_reset_requested", { email, knownAccount: Boolean(user) });
  if (!user) return;
  const token = newBearerToken(24);
  await db.passwordResetToken.create({ data: { userId: user.id, tokenHash: digest(token), expiresAt: new Date(now.getTime() + VALID_FOR_MS) } });
  await sendAccountEmail(user, "passwordReset", `${readEnv().appUrl}/reset-password?token=${encodeURIComponent(token)}`, opts.transport);
}

/** Sets the new password when the token is valid, uses the token up, and ends every session. */
export async function resetPassword(db: Db, token: string, password: string, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(password);
  // The claim is one conditional update: two requests with one token cannot both succeed.
  const claimed = await db.passwordResetToken.updateManyAndReturn({
    where: { tokenHash: digest(token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { userId: true },
  });
  const userId = claimed[0]?.userId;
  if (!userId) {
    logSecurityEvent("password_reset_rejected", {});
    throw new AppError("VALIDATION", "Invalid or expired reset link", { fields: { token: "resetLinkInvalid" } });
  }
  await db.user.update({ where: { id: userId }, data: { passwordHash } });
  // Other links of this user die with the password they were sent to replace.
  await db.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  const sessionsEnded = await endSessions(db, userId);
  logSecurityEvent("password_reset_completed", { userId, sessionsEnded });
}
