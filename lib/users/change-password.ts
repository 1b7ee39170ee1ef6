import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { logSecurityEvent } from "@/lib/security/security-log";

// Changing the password asks for the current one (a borrowed unlocked laptop must not be
// enough) and ends every other session: whoever knew the old password is signed out.
export async function changePassword({
  db,
  userId,
  sessionId,
  currentPassword,
  newPassword,
}: {
  db: Db;
  userId: string;
  sessionId: string | undefined;
  currentPassword: string;
  newPassword: string;
}): Promise<{ otherSessionsEnded: number }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError("VALIDATION", "Wrong current password", { fields: { currentPassword: "wrongPassword" } });
  }
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword) } });
  const otherSessionsEnded = await endSessions(db, userId, sessionId);
  logSecurityEvent("password_changed", { userId, otherSessionsEnded });
  return { otherSessionsEnded };
}

/** An administrator's reset from the command line: new password, every session ended. */
export async function setPassword(db: Db, email: string, newPassword: string): Promise<{ sessionsEnded: number }> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No user with the email ${email}`);
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(newPassword) } });
  const sessionsEnded = await endSessions(db, user.id);
  logSecurityEvent("password_set_by_admin", { userId: user.id, sessionsEnded });
  return { sessionsEnded };
}
