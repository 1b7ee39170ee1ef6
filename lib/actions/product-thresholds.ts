"use server";

import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/action";
import { productOverridesInputSchema, updateProductAlertThresholds } from "@/lib/anomalies/update-thresholds";
import { canEdit } from "@/lib/workspaces/roles";

export const saveProductThresholds = workspaceAction(
  { schema: productOverridesInputSchema, roles: canEdit },
  async ({ productId, ...overrides }, { db, workspaceId }) => {
    const result = await updateProductAlertThresholds({ db, workspaceId, productId, overrides });
    revalidatePath(`/products/${productId}/alerts`);
    return result;
  },
);
