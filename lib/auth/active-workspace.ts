import { cookies, headers } from "next/headers";
import { ACTIVE_WORKSPACE_COOKIE } from "@/lib/auth/action";
import { isHttpsRequest } from "@/lib/security/security-headers";

/**
 * Makes `workspaceId` the browser's active workspace (the switcher, a /w link). Only for a
 * workspace the caller has checked the user is a member of: the cookie is a preference that
 * resolveWorkspaceContext checks again on every request, but it should never name a stranger's.
 */
export async function setActiveWorkspaceCookie(workspaceId: string): Promise<void> {
  // Secure over https, like the session cookie, so it never travels in clear text.
  const secure = isHttpsRequest((await headers()).get("x-forwarded-proto"));
  (await cookies()).set(ACTIVE_WORKSPACE_COOKIE, workspaceId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 86_400, secure });
}
