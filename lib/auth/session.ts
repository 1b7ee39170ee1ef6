import { cache } from "react";
import { getServerSession } from "next-auth";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { isSessionActive } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";

/** The verified session: its signature checked by next-auth, its row checked here. Once per request. */
export const getCurrentSession = cache(async (): Promise<{ userId: string; sessionId: string } | null> => {
  const session = await getServerSession(getAuthOptions());
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  // A cookie without a session id predates revocable sessions: it cannot be revoked, so it is refused.
  if (!userId || !sessionId) return null;
  return (await isSessionActive(await getDb(), userId, sessionId)) ? { userId, sessionId } : null;
});

/** The signed-in user's id, or null when signed out or the session was ended. */
export const getSessionUserId = cache(async (): Promise<string | null> => (await getCurrentSession())?.userId ?? null);
