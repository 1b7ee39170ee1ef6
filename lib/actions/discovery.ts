"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { workspaceAction } from "@/lib/auth/action";
import { addCandidates } from "@/lib/discovery/add-candidates";
import { createCategory, deleteCategory, setCategoryScheduled } from "@/lib/discovery/manage-categories";
import { runCategorySearch } from "@/lib/discovery/run-category-search";
import { marketplaceCodes, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { requestCrawls } from "@/lib/jobs/request-crawls";
import { getConfiguredSource } from "@/lib/sources/get-source";
import { canEdit } from "@/lib/workspaces/roles";

const marketplace = z.enum(marketplaceCodes as [MarketplaceCode, ...MarketplaceCode[]]);

export const searchCandidates = workspaceAction(
  { schema: z.object({ marketplace, keyword: plainText().trim().min(2).max(80) }) },
  async (input, { db, workspaceId }) => {
    const { candidates, isDemo } = await getConfiguredSource().source.search(input);
    const tracked = await db.product.findMany({ where: { workspaceId, marketplace: input.marketplace, asin: { in: candidates.map((c) => c.asin) } }, select: { asin: true } });
    const trackedSet = new Set(tracked.map((t) => t.asin));
    return { isDemo, candidates: candidates.map((c) => ({ ...c, tracked: trackedSet.has(c.asin) })) };
  },
);

export const addChosenCandidates = workspaceAction(
  {
    schema: z.object({
      marketplace,
      asins: z.array(z.string().regex(/^[A-Z0-9]{10}$/i)).min(1).max(50),
      group: z.object({ name: plainText().trim().min(1).max(80), mainProductId: plainText().min(1).max(40) }).optional(),
    }),
    roles: canEdit,
  },
  async (input, { db, workspaceId }) => {
    const result = await addCandidates({ db, workspaceId, ...input });
    const targets = result.addedAsins.map((asin) => ({ asin, marketplace: input.marketplace }));
    await requestCrawls({ db, source: getConfiguredSource(), workspaceId, targets, trigger: "new_product", requestedAt: new Date() });
    revalidatePath("/products");
    const { addedAsins: _, ...counts } = result;
    return counts;
  },
);

const keywords = z.array(plainText().trim().min(2).max(80)).min(1).max(20);

export const saveCategoryAction = workspaceAction(
  { schema: z.object({ name: plainText().trim().min(1).max(80), marketplace, keywords, scheduled: z.boolean() }), roles: canEdit },
  async (input, { db, workspaceId }) => {
    const saved = await createCategory({ db, workspaceId, input });
    revalidatePath("/discovery");
    return saved;
  },
);

export const searchCategoryNowAction = workspaceAction(
  { schema: z.object({ categoryId: plainText().min(1).max(40) }), roles: canEdit },
  async ({ categoryId }, { db, workspaceId }) => {
    const result = await runCategorySearch({ db, workspaceId, categoryId, search: getConfiguredSource().source.search });
    revalidatePath(`/discovery/categories/${categoryId}`);
    return { newEntrants: result.newEntrants.length, searched: result.searched.length, failed: result.failed };
  },
);

export const setCategoryScheduledAction = workspaceAction(
  { schema: z.object({ categoryId: plainText().min(1).max(40), scheduled: z.boolean() }), roles: canEdit },
  async (input, { db, workspaceId }) => {
    await setCategoryScheduled({ db, workspaceId, ...input });
    revalidatePath(`/discovery/categories/${input.categoryId}`);
    return { scheduled: input.scheduled };
  },
);

export const deleteCategoryAction = workspaceAction(
  { schema: z.object({ categoryId: plainText().min(1).max(40) }), roles: canEdit },
  async ({ categoryId }, { db, workspaceId }) => {
    await deleteCategory({ db, workspaceId, categoryId });
    revalidatePath("/discovery");
    return { deleted: true };
  },
);
