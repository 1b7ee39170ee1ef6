import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export async function getWorkspace({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const workspace = await db.workspace.findFirst({
    where: { id: workspaceId },
    select: { id: true, name: true, isDemo: true, productLimit: true },
  });
  if (!workspace) throw new AppError("NOT_FOUND");
  return workspace;
}

/** The workspaces the user belongs to, for the switcher. */
export function listUserWorkspaces({ db, userId }: { db: Db; userId: string }) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, workspace: { select: { id: true, name: true, isDemo: true } } },
  });
}
