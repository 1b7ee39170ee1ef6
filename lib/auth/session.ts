import { cache } from "react";
import { getServerSession } from "next-auth";
import { getAuthOptions } from "@/lib/auth/auth-options";

/** The signed-in user's id from the verified session cookie, or null. Once per request. */
export const getSessionUserId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(getAuthOptions());
  return session?.user?.id ?? null;
});
