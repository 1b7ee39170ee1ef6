import type { Prisma } from "@/lib/generated/prisma/client";
import { likeLiteral } from "@/lib/db/like-literal";
import { defaultDirection, type ListParams, type SortColumn } from "@/lib/products/list-params";

// Builds the Prisma filter and order for one list request. The workspace is part of every
// where clause built here, so no caller can forget it.

export function productListWhere(workspaceId: string, params: ListParams): Prisma.ProductWhereInput {
  const and: Prisma.ProductWhereInput[] = [{ workspaceId }];
  if (params.marketplace) and.push({ marketplace: params.marketplace });
  if (params.kind) and.push({ kind: params.kind });
  if (params.tag) and.push({ tags: { has: params.tag } });
  if (params.stock === "in") and.push({ inStock: true });
  if (params.stock === "out") and.push({ inStock: false });
  if (params.stock === "unknown") and.push({ inStock: null });
  if (params.failing) and.push({ failureStreak: { gt: 0 } });
  if (params.q) {
    and.push({
      OR: [{ asin: { contains: likeLiteral(params.q.toUpperCase()) } }, { title: { contains: likeLiteral(params.q), mode: "insensitive" } }],
    });
  }
  return { AND: and };
}

const sortFields: Record<SortColumn, keyof Prisma.ProductOrderByWithRelationInput> = {
  added: "createdAt",
  title: "title",
  asin: "asin",
  marketplace: "marketplace",
  kind: "kind",
  price: "price",
  buyBox: "buyBoxPrice",
  bsr: "bsr",
  rating: "rating",
  reviews: "reviewCount",
  stock: "inStock",
  freshness: "lastReadingAt",
};

const nullable = new Set<SortColumn>(["title", "price", "buyBox", "bsr", "rating", "reviews", "stock", "freshness"]);

/** Products without a value (never read, no rank) go last in both directions. */
export function productListOrder(params: ListParams): Prisma.ProductOrderByWithRelationInput[] {
  const sort = params.dir ?? defaultDirection(params.sort);
  const field = sortFields[params.sort];
  const primary = nullable.has(params.sort) ? { [field]: { sort, nulls: "last" } } : { [field]: sort };
  // A unique tie-breaker keeps pages stable: no row shows up on two pages or on none.
  return [primary as Prisma.ProductOrderByWithRelationInput, { id: "asc" }];
}
