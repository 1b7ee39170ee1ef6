import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { toInAppPath } from "@/lib/links/in-app-path";
import { signInUrl } from "@/lib/links/sign-in-url";
import { workspaceUrl } from "@/lib/links/workspace-url";

export type WorkspaceLink =
  /** Signed out: sign in, then come back to the same /w link. */
  | { kind: "sign-in"; location: string }
  /** A member: make `workspaceId` active, then go to `location` (an in-app path). */
  | { kind: "open"; workspaceId: string; location: string }
  /** Not a member, no such workspace, or a target that would leave the app. */
  | { kind: "not-found" };

// Workspace ids are cuids; anything else cannot name a workspace and is not worth a query.
const workspaceIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/i);

/**
 * What a `/w/<workspaceId><target>` link (see workspaceUrl) does for this visitor. A stranger's
 * workspace and a missing one look the same (not found), so the link reveals nothing about
 * workspaces the visitor is not in, not even whether they exist.
 */
export async function resolveWorkspaceLink({
  db,
  userId,
  workspaceId,
  target,
}: {
  db: Db;
  userId: string | null;
  workspaceId: string;
  /** The path (and query) after `/w/<workspaceId>`; "" or "/" means the dashboard. */
  target: string;
}): Promise<WorkspaceLink> {
  const path = toInAppPath(target === "" || target === "/" ? "/dashboard" : target);
  if (!path || !workspaceIdSchema.safeParse(workspaceId).success) return { kind: "not-found" };
  if (!userId) return { kind: "sign-in", location: signInUrl(workspaceUrl("", workspaceId, path)) };
  const membership = await db.membership.findFirst({ where: { userId, workspaceId }, select: { workspaceId: true } });
  if (!membership) return { kind: "not-found" };
  return { kind: "open", workspaceId, location: path };
}
