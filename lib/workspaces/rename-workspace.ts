import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export const renameWorkspaceSchema = z.object({ name: plainText().trim().min(1).max(80) });

export async function renameWorkspace({ db, workspaceId, name }: { db: Db; workspaceId: string; name: string }) {
  const { count } = await db.workspace.updateMany({ where: { id: workspaceId }, data: { name } });
  if (count === 0) throw new AppError("NOT_FOUND");
  return { name };
}
