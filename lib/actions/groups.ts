"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { workspaceAction } from "@/lib/auth/action";
import { searchGroupProducts } from "@/lib/groups/list-groups";
import { deleteGroup, saveGroup, updateGroupAlertSettings } from "@/lib/groups/manage-groups";
import { saveGroupSchema } from "@/lib/groups/schemas";
import { groupAlertSettingsSchema } from "@/lib/anomalies/group-thresholds";
import { trackReference } from "@/lib/products/track-reference";
import { marketplaceSchema } from "@/lib/products/schemas";
import { getConfiguredSource } from "@/lib/sources/get-source";
import { canEdit } from "@/lib/workspaces/roles";

const groupId = plainText().min(1).max(40);

/** Saves the builder; rule problems come back per field, translated, instead of throwing. */
export const saveGroupAction = workspaceAction({ schema: saveGroupSchema, roles: canEdit }, async (input, { db, workspaceId }) => {
  const result = await saveGroup({ db, workspaceId, input });
  if (result.ok) {
    revalidatePath("/groups");
    return { saved: true as const, id: result.id };
  }
  const t = await getTranslations("groups.rules");
  const fields: Record<string, string> = {};
  for (const issue of result.issues) fields[issue.field] ??= t(issue.key, issue.values);
  return { saved: false as const, fields };
});

export const deleteGroupAction = workspaceAction({ schema: z.object({ id: groupId }), roles: canEdit }, async ({ id }, { db, workspaceId }) => {
  await deleteGroup({ db, workspaceId, groupId: id });
  revalidatePath("/groups");
  return { deleted: true };
});

export const searchGroupProductsAction = workspaceAction(
  { schema: z.object({ query: plainText().max(200), marketplace: marketplaceSchema.optional() }) },
  async ({ query, marketplace }, { db, workspaceId }) => searchGroupProducts({ db, workspaceId, query, marketplace }),
);

/** An ASIN or URL typed in the builder: tracked (if new) and read at once. */
export const trackReferenceAction = workspaceAction(
  { schema: z.object({ reference: plainText().max(2000), marketplace: marketplaceSchema.optional() }), roles: canEdit },
  async ({ reference, marketplace }, { db, workspaceId }) => {
    const { source, batchSize } = getConfiguredSource();
    const result = await trackReference({ db, workspaceId, reference, marketplace, source, batchSize });
    if (!result.ok) {
      const t = await getTranslations("products.lineErrors");
      return { ok: false as const, error: t(result.error) };
    }
    revalidatePath("/products");
    return result;
  },
);

export const updateGroupAlertsAction = workspaceAction(
  { schema: groupAlertSettingsSchema.extend({ id: groupId }), roles: canEdit },
  async ({ id, ...settings }, { db, workspaceId }) => {
    await updateGroupAlertSettings({ db, workspaceId, groupId: id, settings });
    revalidatePath(`/groups/${id}`);
    return settings;
  },
);
