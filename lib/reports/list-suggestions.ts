import type { Db } from "@/lib/db/client";

export type Metrics = { price: number | null; bsr: number | null; rating: number | null; reviewCount: number | null };
export type SuggestionView = {
  id: string;
  productId: string;
  asin: string;
  productTitle: string | null;
  type: string;
  priority: number;
  title: string;
  detail: string;
  expectedImpact: string;
  difficulty: string;
  dataPoints: string[];
  status: "pending" | "implemented" | "dismissed";
  implementedAt: Date | null;
  createdAt: Date;
  /** For implemented suggestions: the product then (last reading at or before the date) and now. */
  movement: { before: Metrics; now: Metrics } | null;
};

const num = (v: { toNumber(): number } | number | null) => (v === null ? null : typeof v === "number" ? v : v.toNumber());

export async function listSuggestions({ db, workspaceId, productIds }: { db: Db; workspaceId: string; productIds: string[] }): Promise<SuggestionView[]> {
  const rows = await db.suggestion.findMany({
    where: { workspaceId, productId: { in: productIds } },
    orderBy: [{ status: "asc" }, { priority: "asc" }, { createdAt: "desc" }],
    include: { product: { select: { asin: true, title: true, price: true, bsr: true, rating: true, reviewCount: true } } },
    take: 100,
  });
  return Promise.all(
    rows.map(async (s) => {
      let movement: SuggestionView["movement"] = null;
      if (s.status === "implemented" && s.implementedAt) {
        const then =
          (await db.snapshot.findFirst({ where: { workspaceId, productId: s.productId, capturedAt: { lte: s.implementedAt } }, orderBy: { capturedAt: "desc" } })) ??
          (await db.snapshot.findFirst({ where: { workspaceId, productId: s.productId }, orderBy: { capturedAt: "asc" } }));
        const p = s.product;
        movement = {
          before: then ? { price: num(then.price), bsr: then.bsr, rating: num(then.rating), reviewCount: then.reviewCount } : { price: null, bsr: null, rating: null, reviewCount: null },
          now: { price: num(p.price), bsr: p.bsr, rating: num(p.rating), reviewCount: p.reviewCount },
        };
      }
      return {
        id: s.id,
        productId: s.productId,
        asin: s.product.asin,
        productTitle: s.product.title,
        type: s.type,
        priority: s.priority,
        title: s.title,
        detail: s.detail,
        expectedImpact: s.expectedImpact,
        difficulty: s.difficulty,
        dataPoints: Array.isArray(s.dataPoints) ? (s.dataPoints as string[]) : [],
        status: s.status,
        implementedAt: s.implementedAt,
        createdAt: s.createdAt,
        movement,
      };
    }),
  );
}
