import type { Db } from "@/lib/db/client";

/** A group of tracked products written straight to the database (main + competitors). */
export async function createGroupWithProducts(db: Db, workspaceId: string, opts: { competitors?: number; name?: string } = {}) {
  const n = opts.competitors ?? 3;
  const asins = ["B0MAIN0001", ...Array.from({ length: n }, (_, i) => `B0COMP000${i + 1}`)];
  const products = [];
  for (const [i, asin] of asins.entries()) {
    products.push(
      await db.product.create({
        data: { workspaceId, asin, marketplace: "US", kind: i === 0 ? "own" : "competitor", title: `Product ${asin}`, currency: "USD", price: 30 + i, bsr: 1000 * (i + 1), rating: 4.2, reviewCount: 100 * (i + 1), lastReadingAt: new Date() },
      }),
    );
  }
  const [main, ...competitors] = products;
  const group = await db.competitorGroup.create({
    data: {
      workspaceId,
      name: opts.name ?? "Test group",
      marketplace: "US",
      mainProductId: main!.id,
      members: { create: competitors.map((p, position) => ({ productId: p.id, position })) },
    },
  });
  return { group, main: main!, competitors };
}
