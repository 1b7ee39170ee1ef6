import type { Db } from "@/lib/db/client";
import { selectReviewBaselines } from "@/lib/db/sql/select-review-baselines";
import { AppError } from "@/lib/errors/app-error";
import { compareGroup, type MemberInput } from "@/lib/comparison/compare-group";
import type { GroupComparison } from "@/lib/comparison/comparison-types";

const productSelect = {
  id: true, asin: true, title: true, brand: true, kind: true, currency: true, price: true, buyBoxPrice: true, bsr: true,
  bsrCategory: true, rating: true, reviewCount: true, inStock: true, lastReadingAt: true, listingVersionId: true,
} as const;


// The group's comparison at its members' latest readings, in three queries: the group with
// its products' latest state, their current listing versions, and the readings at or just
// before 7 and 30 days ago (one lateral lookup per product and window, on the snapshot key).
export async function loadGroupComparison({
  db,
  workspaceId,
  groupId,
  now = new Date(),
}: {
  db: Db;
  workspaceId: string;
  groupId: string;
  now?: Date;
}): Promise<GroupComparison> {
  const group = await db.competitorGroup.findFirst({
    where: { id: groupId, workspaceId },
    select: {
      id: true, name: true, marketplace: true,
      mainProduct: { select: productSelect },
      members: { orderBy: { position: "asc" }, select: { product: { select: productSelect } } },
    },
  });
  if (!group) throw new AppError("NOT_FOUND");
  const products = [group.mainProduct, ...group.members.map((m) => m.product)];
  const ids = products.map((p) => p.id);
  const versionIds = products.map((p) => p.listingVersionId).filter((v): v is string => v !== null);

  const [versions, reviews] = await Promise.all([
    db.listingVersion.findMany({ where: { workspaceId, id: { in: versionIds } }, select: { id: true, firstSeenAt: true, bullets: true } }),
    selectReviewBaselines(db, workspaceId, ids, [7, 30], now),
  ]);
  const versionById = new Map(versions.map((v) => [v.id, v]));
  const reviewAt = new Map(reviews.map((r) => [`${r.productId}|${r.days}`, { at: new Date(r.at), reviewCount: Number(r.reviewCount) }]));

  const toInput = (p: (typeof products)[number], role: "main" | "competitor"): MemberInput => {
    const version = p.listingVersionId ? versionById.get(p.listingVersionId) : undefined;
    return {
      productId: p.id,
      asin: p.asin,
      title: p.title,
      brand: p.brand,
      role,
      kind: p.kind,
      currency: p.currency,
      price: p.price === null ? null : Number(p.price),
      buyBoxPrice: p.buyBoxPrice === null ? null : Number(p.buyBoxPrice),
      bsr: p.bsr,
      bsrCategory: p.bsrCategory,
      rating: p.rating === null ? null : Number(p.rating),
      reviewCount: p.reviewCount,
      inStock: p.inStock,
      lastReadingAt: p.lastReadingAt,
      listingFirstSeenAt: version ? new Date(version.firstSeenAt) : null,
      bullets: version?.bullets ?? [],
      reviewsAgo: { d7: reviewAt.get(`${p.id}|7`) ?? null, d30: reviewAt.get(`${p.id}|30`) ?? null },
    };
  };

  return compareGroup({
    groupId: group.id,
    groupName: group.name,
    marketplace: group.marketplace,
    main: toInput(group.mainProduct, "main"),
    competitors: group.members.map((m) => toInput(m.product, "competitor")),
    now,
  });
}
