import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ProductKind } from "@/lib/generated/prisma/enums";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

export type NewProduct = { line: number; asin: string; marketplace: MarketplaceCode; kind: ProductKind; tags: string[] };
export type AddProductsResult = {
  added: Array<{ id: string; line: number; asin: string; marketplace: MarketplaceCode }>;
  alreadyTracked: Array<{ line: number; asin: string; marketplace: MarketplaceCode }>;
};

// Adds parsed products to a workspace. Products the workspace already tracks are reported,
// not added twice; the workspace's product limit is checked against what would really be new.
export async function addProducts({ db, workspaceId, items }: { db: Db; workspaceId: string; items: NewProduct[] }): Promise<AddProductsResult> {
  if (items.length === 0) return { added: [], alreadyTracked: [] };
  return db.$transaction(async (tx) => {
    const existing = await tx.product.findMany({
      where: { workspaceId, OR: items.map((i) => ({ asin: i.asin, marketplace: i.marketplace })) },
      select: { asin: true, marketplace: true },
    });
    const tracked = new Set(existing.map((e) => `${e.marketplace}:${e.asin}`));
    const fresh = items.filter((i) => !tracked.has(`${i.marketplace}:${i.asin}`));
    const alreadyTracked = items.filter((i) => tracked.has(`${i.marketplace}:${i.asin}`)).map(({ line, asin, marketplace }) => ({ line, asin, marketplace }));

    const workspace = await tx.workspace.findFirstOrThrow({ where: { id: workspaceId }, select: { productLimit: true } });
    const count = await tx.product.count({ where: { workspaceId } });
    if (count + fresh.length > workspace.productLimit) {
      throw new AppError("LIMIT_REACHED", `Product limit ${workspace.productLimit} reached`, {
        messageKey: "productLimit",
        values: { limit: workspace.productLimit, remaining: Math.max(0, workspace.productLimit - count), asked: fresh.length },
      });
    }

    await tx.product.createMany({
      data: fresh.map((i) => ({ workspaceId, asin: i.asin, marketplace: i.marketplace, kind: i.kind, tags: i.tags })),
      skipDuplicates: true,
    });
    const created = await tx.product.findMany({
      where: { workspaceId, OR: fresh.map((i) => ({ asin: i.asin, marketplace: i.marketplace })) },
      select: { id: true, asin: true, marketplace: true },
    });
    const idOf = new Map(created.map((c) => [`${c.marketplace}:${c.asin}`, c.id]));
    return {
      added: fresh.map((i) => ({ id: idOf.get(`${i.marketplace}:${i.asin}`)!, line: i.line, asin: i.asin, marketplace: i.marketplace })),
      alreadyTracked,
    };
  });
}
