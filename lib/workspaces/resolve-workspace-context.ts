import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";

export type WorkspaceContext = { userId: string; workspaceId: string; role: Role };

// The workspace always comes from a membership row of the verified user. A preferred
// workspace (the switcher's cookie) is only a hint: if the user is not a member of it, they
// get their first workspace, never the one they asked for.
export async function resolveWorkspaceContext({
  db,
  userId,
  preferredWorkspaceId,
}: {
  db: Db;
  userId: string;
  preferredWorkspaceId?: string | null;
}): Promise<WorkspaceContext> {
  const select = { workspaceId: true, role: true } as const;
  const preferred = preferredWorkspaceId
    ? await db.membership.findFirst({ where: { userId, workspaceId: preferredWorkspaceId }, select })
    : null;
  const membership =
    preferred ?? (await db.membership.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, select }));
  if (!membership) throw new AppError("NOT_FOUND", "No workspace for this user");
  return { userId, workspaceId: membership.workspaceId, role: membership.role };
}
