"use server";

import { revalidatePath } from "next/cache";
import { updateNotificationPreferences } from "@/lib/alerts/notification-preferences";
import { notificationPreferencesSchema } from "@/lib/alerts/schemas";
import { workspaceAction } from "@/lib/auth/action";

// Every member, viewers included, chooses how they hear about alerts.
export const updateNotifications = workspaceAction({ schema: notificationPreferencesSchema }, async (input, { db, workspaceId, userId }) => {
  const result = await updateNotificationPreferences({ db, workspaceId, userId, input });
  revalidatePath("/settings/notifications");
  return result;
});
