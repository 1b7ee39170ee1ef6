import { chunk } from "es-toolkit/array";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ProductKind } from "@/lib/generated/prisma/enums";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { productKey } from "@/lib/products/parse-product-lines";

export type NewProduct = { line: number; asin: string; marketplace: MarketplaceCode; kind: ProductKind; tags: string[] };
export type AddProductsResult = {
  added: Array<{ id: string; line: number; asin: string; marketplace: MarketplaceCode }>;
  alreadyTracked: Array<{ line: number; asin: string; marketplace: MarketplaceCode }>;
};

// PostgreSQL takes at most 32,767 bind parameters per statement (Prisma's P2029 beyond):
// lookups and inserts go in chunks well below it (an insert row binds 5 values).
const chunkSize = 2_000;
// A workspace's whole limit (tens of thousands of rows) can take longer than Prisma's 5 s default.
const transactionTimeoutMs = 120_000;


// Adds parsed products to a workspace. Products the workspace already tracks are reported,
// not added twice; the workspace's product limit is checked against what would really be new.
export async function addProducts({ db, workspaceId, items }: { db: Db; workspaceId: string; items: NewProduct[] }): Promise<AddProductsResult> {
  if (items.length === 0) return { added: [], alreadyTracked: [] };
  return db.$transaction(
    async (tx) => {
      // Locks the workspace row: two adds at once are counted one after the other, so together
      // they cannot pass the limit.
      const workspace = await tx.workspace.update({ where: { id: workspaceId }, data: { productLimit: { increment: 0 } }, select: { productLimit: true } });

      const tracked = new Set<string>();
      for (const part of chunk(items, chunkSize)) {
        const existing = await tx.product.findMany({
          where: { workspaceId, asin: { in: [...new Set(part.map((i) => i.asin))] } },
          select: { asin: true, marketplace: true },
        });
        for (const e of existing) tracked.add(productKey(e.asin, e.marketplace));
      }
      const fresh = items.filter((i) => !tracked.has(productKey(i.asin, i.marketplace)));
      const alreadyTracked = items.filter((i) => tracked.has(productKey(i.asin, i.marketplace))).map(({ line, asin, marketplace }) => ({ line, asin, marketplace }));

      const count = await tx.product.count({ where: { workspaceId } });
      if (count + fresh.length > workspace.productLimit) {
        throw new AppError("LIMIT_REACHED", `Product limit ${workspace.productLimit} reached`, {
          messageKey: "productLimit",
          values: { limit: workspace.productLimit, remaining: Math.max(0, workspace.productLimit - count), asked: fresh.length },
        });
      }

      const idOf = new Map<string, string>();
      for (const part of chunk(fresh, chunkSize)) {
        const created = await tx.product.createManyAndReturn({
          data: part.map((i) => ({ workspaceId, asin: i.asin, marketplace: i.marketplace, kind: i.kind, tags: i.tags })),
          select: { id: true, asin: true, marketplace: true },
          skipDuplicates: true,
        });
        for (const c of created) idOf.set(productKey(c.asin, c.marketplace), c.id);
      }
      return {
        added: fresh.map((i) => ({ id: idOf.get(productKey(i.asin, i.marketplace))!, line: i.line, asin: i.asin, marketplace: i.marketplace })),
        alreadyTracked,
      };
    },
    { timeout: transactionTimeoutMs, maxWait: 10_000 },
  );
}
