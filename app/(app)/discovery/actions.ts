"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { workspaceAction } from "@/lib/auth/action";
import { requestFirstCrawl } from "@/lib/crawl/request-first-crawl";
import { addCandidates } from "@/lib/discovery/add-candidates";
import { getKeywordSearch } from "@/lib/discovery/get-keyword-search";
import { marketplaceCodes, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { canEdit } from "@/lib/workspaces/roles";

const marketplace = z.enum(marketplaceCodes as [MarketplaceCode, ...MarketplaceCode[]]);

export const searchCandidates = workspaceAction(
  { schema: z.object({ marketplace, keyword: z.string().trim().min(2).max(80) }) },
  async (input, { db, workspaceId }) => {
    const { candidates, isDemo } = await getKeywordSearch()(input);
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
      group: z.object({ name: z.string().trim().min(1).max(80), mainProductId: z.string().min(1) }).optional(),
    }),
    roles: canEdit,
  },
  async (input, { db, workspaceId }) => {
    const result = await addCandidates({ db, workspaceId, ...input });
    if (result.added > 0) await requestFirstCrawl({ workspaceId, byMarketplace: new Map([[input.marketplace, input.asins]]), addedAt: new Date() });
    revalidatePath("/products");
    return result;
  },
);
