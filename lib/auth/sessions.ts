import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";

// lastSeenAt is refreshed at most this often: a write per request would cost more than the
// sessions list is worth.
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export type SessionClient = { userAgent: string | null; ipAddress: string | null };

export async function createSession(db: Db, userId: string, client: SessionClient): Promise<string> {
  const id = crypto.randomBytes(24).toString("base64url");
  await db.authSession.create({
    data: { id, userId, userAgent: client.userAgent?.slice(0, 300) ?? null, ipAddress: client.ipAddress?.slice(0, 64) ?? null },
  });
  return id;
}

/** True while the session row exists for this user (sign-out, password change and reset delete it). */
export async function isSessionActive(db: Db, userId: string, sessionId: string, now = new Date()): Promise<boolean> {
  const row = await db.authSession.findFirst({ where: { id: sessionId, userId }, select: { lastSeenAt: true } });
  if (!row) return false;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.authSession.updateMany({ where: { id: sessionId, userId }, data: { lastSeenAt: now } });
  }
  return true;
}

export function listSessions(db: Db, userId: string) {
  return db.authSession.findMany({
    where: { userId },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, ipAddress: true },
  });
}

/** Ends one session of this user; another user's session id matches nothing. */
export async function endSession(db: Db, userId: string, sessionId: string): Promise<void> {
  await db.authSession.deleteMany({ where: { id: sessionId, userId } });
}

/** Ends every session of the user except `keep` (none kept when undefined). */
export async function endSessions(db: Db, userId: string, keep?: string): Promise<number> {
  const { count } = await db.authSession.deleteMany({ where: { userId, ...(keep && { id: { not: keep } }) } });
  return count;
}
