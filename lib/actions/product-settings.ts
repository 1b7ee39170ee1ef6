"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { workspaceAction } from "@/lib/auth/action";
import { setProductsPaused, updateProductSettings } from "@/lib/products/manage-products";
import { splitTagInput } from "@/lib/products/schemas";
import { canEdit } from "@/lib/workspaces/roles";

const productIdSchema = plainText().min(1).max(40);

export const saveProductSettings = workspaceAction(
  {
    schema: z.object({
      id: productIdSchema,
      frequency: z.enum(["hourly", "daily", "weekly"]),
      kind: z.enum(["own", "competitor"]),
      tags: plainText().max(1000),
    }),
    roles: canEdit,
  },
  async ({ id, frequency, kind, tags }, { db, workspaceId }) => {
    await updateProductSettings({ db, workspaceId, ids: [id], settings: { frequency, kind, tags: splitTagInput(tags) } });
    revalidatePath(`/products/${id}`);
    revalidatePath("/products");
    return { saved: true };
  },
);

export const setProductPaused = workspaceAction(
  { schema: z.object({ id: productIdSchema, paused: z.boolean() }), roles: canEdit },
  async ({ id, paused }, { db, workspaceId }) => {
    await setProductsPaused({ db, workspaceId, ids: [id], paused });
    revalidatePath(`/products/${id}`);
    revalidatePath("/products");
    return { paused };
  },
);
