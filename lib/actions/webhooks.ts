"use server";

import { revalidatePath } from "next/cache";
import { createWebhook, deleteWebhook, revealWebhookSecret, setWebhookActive } from "@/lib/alerts/manage-webhooks";
import { webhookActiveSchema, webhookIdSchema, webhookInputSchema } from "@/lib/alerts/schemas";
import { workspaceAction } from "@/lib/auth/action";
import { canManageWorkspace } from "@/lib/workspaces/roles";

const roles = canManageWorkspace;

export const addWebhook = workspaceAction({ schema: webhookInputSchema, roles }, async (input, { db, workspaceId }) => {
  const result = await createWebhook({ db, workspaceId, input });
  revalidatePath("/settings/webhooks");
  return result;
});

export const toggleWebhook = workspaceAction({ schema: webhookActiveSchema, roles }, async ({ id, active }, { db, workspaceId }) => {
  const result = await setWebhookActive({ db, workspaceId, id, active });
  revalidatePath("/settings/webhooks");
  return result;
});

export const removeWebhook = workspaceAction({ schema: webhookIdSchema, roles }, async ({ id }, { db, workspaceId }) => {
  const result = await deleteWebhook({ db, workspaceId, id });
  revalidatePath("/settings/webhooks");
  return result;
});

export const showWebhookSecret = workspaceAction({ schema: webhookIdSchema, roles }, async ({ id }, { db, workspaceId }) =>
  revealWebhookSecret({ db, workspaceId, id }),
);
