"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { workspaceAction } from "@/lib/auth/action";
import { acknowledgeAnomalies, anomalyIdsSchema, markAllAnomaliesRead, markAnomaliesRead } from "@/lib/anomalies/receipts";

// Read and acknowledged are each member's own state, so every role may set them.
export const markRead = workspaceAction({ schema: anomalyIdsSchema }, async ({ ids }, { db, workspaceId, userId }) => {
  const result = await markAnomaliesRead({ db, workspaceId, userId, ids });
  revalidatePath("/", "layout");
  return result;
});

export const acknowledge = workspaceAction({ schema: anomalyIdsSchema }, async ({ ids }, { db, workspaceId, userId }) => {
  const result = await acknowledgeAnomalies({ db, workspaceId, userId, ids });
  revalidatePath("/", "layout");
  return result;
});

export const markAllRead = workspaceAction({ schema: z.object({}) }, async (_input, { db, workspaceId, userId }) => {
  const result = await markAllAnomaliesRead({ db, workspaceId, userId });
  revalidatePath("/", "layout");
  return result;
});
