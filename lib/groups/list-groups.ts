import { likeLiteral } from "@/lib/db/like-literal";
import type { Db } from "@/lib/db/client";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { ProductSummary } from "@/lib/products/product-summary";
import { readGroupAlertSettings } from "@/lib/anomalies/group-thresholds";

import { productSummarySelect as productSummary } from "@/lib/products/product-summary";

/** The workspace's groups with their main product and competitors (in order), newest first. */
export async function listGroups({ db, workspaceId }: { db: Db; workspaceId: string }) {
  return db.competitorGroup.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      marketplace: true,
      mainProduct: { select: productSummary },
      members: { orderBy: { position: "asc" }, select: { product: { select: productSummary } } },
    },
  });
}


/** One group for the builder or the page header; null when not in this workspace. */
export async function getGroup({ db, workspaceId, groupId }: { db: Db; workspaceId: string; groupId: string }) {
  const group = await db.competitorGroup.findFirst({
    where: { id: groupId, workspaceId },
    select: {
      id: true,
      name: true,
      marketplace: true,
      alertSettings: true,
      mainProduct: { select: productSummary },
      members: { orderBy: { position: "asc" }, select: { product: { select: productSummary } } },
    },
  });
  return group && { ...group, alertSettings: readGroupAlertSettings(group.alertSettings) };
}

/** Tracked products matching an ASIN or words of the title, optionally in one marketplace. */
export async function searchGroupProducts({
  db,
  workspaceId,
  query,
  marketplace,
  limit = 12,
}: {
  db: Db;
  workspaceId: string;
  query: string;
  marketplace?: MarketplaceCode;
  limit?: number;
}): Promise<ProductSummary[]> {
  const q = likeLiteral(query.trim());
  return db.product.findMany({
    where: {
      workspaceId,
      ...(marketplace && { marketplace }),
      ...(q && {
        OR: [
          { asin: { contains: q, mode: "insensitive" as const } },
          { title: { contains: q, mode: "insensitive" as const } },
          { brand: { contains: q, mode: "insensitive" as const } },
        ],
      }),
    },
    orderBy: [{ kind: "asc" }, { asin: "asc" }],
    take: limit,
    select: productSummary,
  });
}
