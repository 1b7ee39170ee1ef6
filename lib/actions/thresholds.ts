"use server";

import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/action";
import { workspaceSettingsSchema } from "@/lib/anomalies/thresholds";
import { updateWorkspaceAlertSettings } from "@/lib/anomalies/update-thresholds";
import { canManageWorkspace } from "@/lib/workspaces/roles";

export const saveWorkspaceThresholds = workspaceAction(
  { schema: workspaceSettingsSchema, roles: canManageWorkspace },
  async (settings, { db, workspaceId }) => {
    const result = await updateWorkspaceAlertSettings({ db, workspaceId, settings });
    revalidatePath("/settings/alerts");
    return result;
  },
);
