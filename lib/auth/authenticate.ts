import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { signInSchema } from "@/lib/users/schemas";
import { verifyPassword } from "@/lib/auth/password";
import { createSession, type SessionClient } from "@/lib/auth/sessions";
import { claimSignInAttempt, clearSignInAttempts } from "@/lib/auth/throttle";
import { logSecurityEvent } from "@/lib/security/security-log";

export type AuthenticatedUser = { id: string; email: string; name: string; sessionId: string };

// The attempt is counted before the password is checked, in one statement, so parallel
// guesses cannot outrun the limit. Unknown email and wrong password fail the same way and take
// the same time (bcrypt runs against a dummy hash), so sign-in does not reveal who has an account.
export async function authenticate({
  db,
  credentials,
  client,
  now = new Date(),
}: {
  db: Db;
  credentials: unknown;
  client: SessionClient;
  now?: Date;
}): Promise<AuthenticatedUser> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid credentials");
  const { email, password } = parsed.data;
  const who = { email, address: client.ipAddress ?? "unknown" };

  await claimSignInAttempt(db, who, now).catch((err: unknown) => {
    logSecurityEvent("sign_in_throttled", who);
    throw err;
  });
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = await verifyPassword(password, user?.passwordHash);
  if (!user || !ok) {
    logSecurityEvent("sign_in_failed", { ...who, knownAccount: Boolean(user) });
    throw new AppError("UNAUTHENTICATED", "Invalid credentials");
  }

  await clearSignInAttempts(db, who);
  const sessionId = await createSession(db, user.id, client);
  logSecurityEvent("sign_in_succeeded", { ...who, userId: user.id });
  return { id: user.id, email: user.email, name: user.name, sessionId };
}
