"use server";

import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/action";
import { renameWorkspace as rename, renameWorkspaceSchema } from "@/lib/workspaces/rename-workspace";
import { canManageWorkspace } from "@/lib/workspaces/roles";

export const renameWorkspace = workspaceAction(
  { schema: renameWorkspaceSchema, roles: canManageWorkspace },
  async ({ name }, { db, workspaceId }) => {
    const result = await rename({ db, workspaceId, name });
    revalidatePath("/", "layout");
    return result;
  },
);
