"use server";

import { revalidatePath } from "next/cache";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/api-keys";
import { apiKeyIdSchema, createApiKeySchema } from "@/lib/api-keys/schemas";
import { workspaceAction } from "@/lib/auth/action";
import { canManageWorkspace } from "@/lib/workspaces/roles";

// Owners and admins manage the workspace's keys; the new key is in this answer only.
export const addApiKey = workspaceAction({ schema: createApiKeySchema, roles: canManageWorkspace }, async (input, { db, workspaceId, userId }) => {
  const result = await createApiKey({ db, workspaceId, userId, input });
  revalidatePath("/settings/api-keys");
  return result;
});

export const revokeKey = workspaceAction({ schema: apiKeyIdSchema, roles: canManageWorkspace }, async ({ id }, { db, workspaceId }) => {
  await revokeApiKey({ db, workspaceId, id });
  revalidatePath("/settings/api-keys");
  return { id };
});
