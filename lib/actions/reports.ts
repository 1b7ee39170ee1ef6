"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { workspaceAction } from "@/lib/auth/action";
import { setSuggestionStatus } from "@/lib/reports/set-suggestion-status";
import { canEdit } from "@/lib/workspaces/roles";

export const updateSuggestionStatus = workspaceAction(
  { schema: z.object({ id: plainText().min(1).max(40), status: z.enum(["pending", "implemented", "dismissed"]) }), roles: canEdit },
  async (input, { db, workspaceId }) => {
    await setSuggestionStatus({ db, workspaceId, id: input.id, status: input.status });
    revalidatePath("/groups", "layout");
    return { id: input.id, status: input.status };
  },
);
