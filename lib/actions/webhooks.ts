"use server";

import { revalidatePath } from "next/cache";
import { webhookActiveSchema, webhookDeliveryIdSchema, webhookIdSchema, webhookInputSchema } from "@/lib/alerts/schemas";
import { workspaceAction } from "@/lib/auth/action";
import { createWebhook, deleteWebhook, setWebhookActive } from "@/lib/webhooks/manage-webhooks";
import { redeliverWebhookDelivery } from "@/lib/webhooks/redeliver-webhook";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { canManageWorkspace } from "@/lib/workspaces/roles";

const roles = canManageWorkspace;

// Every action names the workspace inside its query (the id alone never finds another
// workspace's webhook), and only owners and admins may call them.

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

/** The new secret is in this answer only; the old one signs beside it for 24 hours. */
export const rotateSecret = workspaceAction({ schema: webhookIdSchema, roles }, async ({ id }, { db, workspaceId }) => {
  const result = await rotateWebhookSecret({ db, workspaceId, id });
  revalidatePath("/settings/webhooks");
  return result;
});

export const sendTestEvent = workspaceAction({ schema: webhookIdSchema, roles }, async ({ id }, { db, workspaceId }) =>
  sendTestWebhook({ db, workspaceId, id }),
);

export const redeliver = workspaceAction({ schema: webhookDeliveryIdSchema, roles }, async ({ deliveryId }, { db, workspaceId }) => {
  const result = await redeliverWebhookDelivery({ db, workspaceId, deliveryId });
  revalidatePath("/settings/webhooks");
  return result;
});
