import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ComparisonMember, GroupComparison } from "@/lib/groups/comparison-types";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

export type LoadComparison = (opts: { db: Db; workspaceId: string; groupId: string }) => Promise<GroupComparison>;

// Stand-in until lib/groups/load-group-comparison.ts (the full maths: review velocity,
// features, findings) is merged: the latest readings, price gaps and BSR ranks only.
// Everything that generates reports takes a LoadComparison, so swapping it is one line.
export const loadBasicComparison: LoadComparison = async ({ db, workspaceId, groupId }) => {
  const group = await db.competitorGroup.findFirst({
    where: { id: groupId, workspaceId },
    include: { mainProduct: true, members: { include: { product: true }, orderBy: { position: "asc" } } },
  });
  if (!group) throw new AppError("NOT_FOUND", "Group not found");
  const products = [group.mainProduct, ...group.members.map((m) => m.product)];
  const mainPrice = group.mainProduct.price?.toNumber() ?? null;
  const ranked = products.filter((p) => p.bsr !== null).sort((a, b) => a.bsr! - b.bsr!);
  const toMember = (p: (typeof products)[number], role: "main" | "competitor"): ComparisonMember => {
    const price = p.price?.toNumber() ?? null;
    return {
      productId: p.id,
      asin: p.asin,
      title: p.title,
      brand: p.brand,
      role,
      kind: p.kind,
      currency: p.currency,
      price,
      buyBoxPrice: p.buyBoxPrice?.toNumber() ?? null,
      priceGapPct: price !== null && mainPrice ? Math.round(((price - mainPrice) / mainPrice) * 10_000) / 10_000 : null,
      bsr: p.bsr,
      bsrCategory: p.bsrCategory,
      bsrRankInGroup: p.bsr === null ? null : ranked.findIndex((r) => r.id === p.id) + 1,
      rating: p.rating?.toNumber() ?? null,
      reviewCount: p.reviewCount,
      reviewVelocity7d: null,
      reviewVelocity30d: null,
      inStock: p.inStock,
      listingAgeDays: null,
      lastReadingAt: p.lastReadingAt?.toISOString() ?? null,
      bullets: [],
    };
  };
  return {
    groupId: group.id,
    groupName: group.name,
    marketplace: group.marketplace as MarketplaceCode,
    computedAt: new Date().toISOString(),
    main: toMember(group.mainProduct, "main"),
    competitors: group.members.map((m) => toMember(m.product, "competitor")),
    features: { missingFromMain: [], uniqueToMain: [], shared: [] },
    findings: [],
  };
};
