import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { requireWorkspaceContext, type ActionContext } from "@/lib/auth/action";
import { requestPathHeader, signInUrl } from "@/lib/links/sign-in-url";

/** For server pages: the verified workspace context, or a redirect to sign-in. */
export const getPageContext = cache(async (): Promise<ActionContext> => {
  const db = await getDb();
  try {
    return { ...(await requireWorkspaceContext(db)), db };
  } catch (err) {
    // UNAUTHENTICATED, or a session whose user or membership no longer exists.
    // Back to this page afterwards: a bookmarked or shared in-app link keeps its destination.
    if (isAppError(err) && (err.code === "UNAUTHENTICATED" || err.code === "NOT_FOUND")) redirect(signInUrl((await headers()).get(requestPathHeader)));
    throw err;
  }
});
