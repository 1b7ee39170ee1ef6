import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { cursorQuerySchema, decodeCursor, limitQuerySchema, toPage } from "@/lib/api/cursor";
import { plainText } from "@/lib/validation/text";
import { listParamsSchema } from "@/lib/products/list-params";
import { productListWhere } from "@/lib/products/list-products-query";
import { marketplaceSchema } from "@/lib/products/schemas";

// The API's view of products: the dashboard's filters (productListWhere) with cursor pages,
// snake_case fields, ISO 8601 times and money as decimal strings with their currency.

export const productListQuerySchema = z.object({
  limit: limitQuerySchema,
  cursor: cursorQuerySchema,
  marketplace: marketplaceSchema.optional(),
  type: z.enum(["own", "competitor"]).optional(),
  search: plainText().trim().min(1).max(200).optional(),
});

export const productIdParamsSchema = z.object({ id: z.string().min(1).max(40) });

export const createProductBodySchema = z.object({
  reference: plainText().trim().min(1).max(2000).describe("An ASIN or an Amazon product URL"),
  marketplace: marketplaceSchema.optional(),
  type: z.enum(["own", "competitor"]).default("competitor"),
  tags: z.array(plainText().trim().min(1).max(50)).max(20).default([]),
});

const productSelect = {
  id: true, asin: true, marketplace: true, kind: true, tags: true, frequency: true, paused: true, title: true, brand: true,
  currency: true, price: true, buyBoxPrice: true, bsr: true, bsrCategory: true, rating: true, reviewCount: true, inStock: true,
  lastReadingAt: true, createdAt: true,
} satisfies Prisma.ProductSelect;
type ProductRecord = Prisma.ProductGetPayload<{ select: typeof productSelect }>;

const money = (amount: Prisma.Decimal | null, currency: string | null) =>
  amount && currency ? { amount: amount.toFixed(2), currency } : null;

function toApiProduct(p: ProductRecord) {
  return {
    id: p.id,
    asin: p.asin,
    marketplace: p.marketplace,
    type: p.kind,
    tags: p.tags,
    frequency: p.frequency,
    paused: p.paused,
    title: p.title,
    brand: p.brand,
    price: money(p.price, p.currency),
    buy_box_price: money(p.buyBoxPrice, p.currency),
    bsr: p.bsr,
    bsr_category: p.bsrCategory,
    rating: p.rating?.toFixed(1) ?? null,
    review_count: p.reviewCount,
    in_stock: p.inStock,
    last_reading_at: p.lastReadingAt?.toISOString() ?? null,
    created_at: p.createdAt.toISOString(),
  };
}

export async function listApiProducts({ db, workspaceId, query }: { db: Db; workspaceId: string; query: z.output<typeof productListQuerySchema> }) {
  const where = productListWhere(workspaceId, listParamsSchema.parse({ marketplace: query.marketplace, kind: query.type, q: query.search }));
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.product.findMany({
    where: after ? { AND: [where, { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { gt: after.id } }] }] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: query.limit + 1,
    select: productSelect,
  });
  return toPage(rows, query.limit, (p) => [p.createdAt, p.id], toApiProduct);
}

export async function getApiProduct({ db, workspaceId, id }: { db: Db; workspaceId: string; id: string }) {
  const product = await db.product.findFirst({ where: { id, workspaceId }, select: productSelect });
  if (!product) throw new AppError("NOT_FOUND");
  return toApiProduct(product);
}
