import type { Db } from "@/lib/db/client";

export const productListPageSize = 50;

export type ProductListItem = Awaited<ReturnType<typeof listProducts>>["items"][number];

/** One page of the workspace's products with their latest state (no history scan). */
export async function listProducts({ db, workspaceId, page = 1 }: { db: Db; workspaceId: string; page?: number }) {
  const [items, total] = await Promise.all([
    db.product.findMany({
      where: { workspaceId },
      orderBy: [{ createdAt: "desc" }, { asin: "asc" }],
      skip: (page - 1) * productListPageSize,
      take: productListPageSize,
      select: {
        id: true, asin: true, marketplace: true, kind: true, tags: true, frequency: true, paused: true, isDemo: true,
        title: true, brand: true, imageUrl: true, currency: true, price: true, buyBoxPrice: true, bsr: true,
        bsrCategory: true, rating: true, reviewCount: true, inStock: true, availabilityText: true,
        lastReadingAt: true, lastFailedAt: true, lastFailureReason: true, failureStreak: true,
      },
    }),
    db.product.count({ where: { workspaceId } }),
  ]);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / productListPageSize)),
    items: items.map((p) => ({
      ...p,
      price: p.price?.toNumber() ?? null,
      buyBoxPrice: p.buyBoxPrice?.toNumber() ?? null,
      rating: p.rating?.toNumber() ?? null,
    })),
  };
}
