import { eventType } from "inngest";
import { z } from "zod";
import { type MarketplaceCode, marketplaceCodes } from "@/lib/marketplaces/marketplaces";

const marketplace = z.enum(marketplaceCodes as [MarketplaceCode, ...MarketplaceCode[]]);

/** One batch of one workspace's products in one marketplace, to fetch and store. */
export const crawlBatchRequested = eventType("crawl/batch.requested", {
  schema: z.object({
    workspaceId: z.string(),
    marketplace,
    asins: z.array(z.string()).min(1),
    trigger: z.enum(["manual", "scheduled", "new_product"]),
    key: z.string(),
  }),
});

/** Products were added: they get their first reading without waiting for the schedule. */
export const productsAdded = eventType("products/added", {
  schema: z.object({
    workspaceId: z.string(),
    marketplace,
    asins: z.array(z.string()).min(1),
    /** When they were added: part of the business key of their first crawl. */
    addedAt: z.string(),
  }),
});

/** New alerts are waiting in the outbox (sent after detection): deliver them now. */
export const alertDeliveriesRequested = eventType("alerts/deliveries.requested", {
  schema: z.object({
    workspaceId: z.string().optional(),
  }),
});

/** Re-analyse one group (the daily LLM report), fanned out by analyse-groups. */
export const groupAnalysisRequested = eventType("groups/analysis.requested", {
  schema: z.object({
    workspaceId: z.string(),
    groupId: z.string(),
    dailyAnalysis: z.boolean(),
    day: z.string(),
  }),
});

/** Search one saved keyword category (fanned out daily by search-keywords). */
export const keywordCategorySearchRequested = eventType("discovery/category.search.requested", {
  schema: z.object({
    workspaceId: z.string(),
    categoryId: z.string(),
    day: z.string(),
  }),
});
