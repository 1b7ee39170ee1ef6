import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";

export type CategoryInput = { name: string; marketplace: MarketplaceCode; keywords: string[]; scheduled: boolean };

/** Keywords compare case-insensitively; the first spelling is kept. */
function cleanKeywords(keywords: string[]): string[] {
  const seen = new Map<string, string>();
  for (const k of keywords) {
    const cleaned = k.replace(/\s+/g, " ").trim();
    if (cleaned && !seen.has(cleaned.toLowerCase())) seen.set(cleaned.toLowerCase(), cleaned);
  }
  return [...seen.values()];
}

export async function createCategory(opts: { db: Db; workspaceId: string; input: CategoryInput }): Promise<{ id: string }> {
  const keywords = cleanKeywords(opts.input.keywords);
  if (keywords.length === 0) throw new AppError("VALIDATION", "A category needs at least one keyword");
  return opts.db.keywordCategory.create({
    data: { workspaceId: opts.workspaceId, name: opts.input.name.trim(), marketplace: opts.input.marketplace, keywords, scheduled: opts.input.scheduled },
    select: { id: true },
  });
}

export async function setCategoryScheduled(opts: { db: Db; workspaceId: string; categoryId: string; scheduled: boolean }): Promise<void> {
  const { count } = await opts.db.keywordCategory.updateMany({ where: { id: opts.categoryId, workspaceId: opts.workspaceId }, data: { scheduled: opts.scheduled } });
  if (count === 0) throw new AppError("NOT_FOUND", "Category not found");
}

export async function deleteCategory(opts: { db: Db; workspaceId: string; categoryId: string }): Promise<void> {
  const { count } = await opts.db.keywordCategory.deleteMany({ where: { id: opts.categoryId, workspaceId: opts.workspaceId } });
  if (count === 0) throw new AppError("NOT_FOUND", "Category not found");
  await opts.db.keywordCandidate.updateMany({ where: { workspaceId: opts.workspaceId, categoryId: opts.categoryId }, data: { categoryId: null } });
}

export function listCategories(opts: { db: Db; workspaceId: string }) {
  return opts.db.keywordCategory.findMany({
    where: { workspaceId: opts.workspaceId },
    select: { id: true, name: true, marketplace: true, keywords: true, scheduled: true, lastSearchedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * A category with what its keywords showed in the latest run. Rows are shared by keyword (the
 * same keyword in two categories is one search history), so they are found by keyword, not
 * by categoryId. New entrants: first seen in that run (firstSeenAt ≥ the run's start).
 */
export async function loadCategory(opts: { db: Db; workspaceId: string; categoryId: string }) {
  const category = await opts.db.keywordCategory.findFirst({
    where: { id: opts.categoryId, workspaceId: opts.workspaceId },
    select: { id: true, name: true, marketplace: true, keywords: true, scheduled: true, lastSearchedAt: true },
  });
  if (!category) throw new AppError("NOT_FOUND", "Category not found");
  const runAt = category.lastSearchedAt;
  const rows = runAt
    ? await opts.db.keywordCandidate.findMany({
        where: { workspaceId: opts.workspaceId, marketplace: category.marketplace, keyword: { in: category.keywords }, lastSeenAt: { gte: runAt } },
        orderBy: [{ keyword: "asc" }, { position: "asc" }],
      })
    : [];
  const candidates = rows.map((r) => ({
    keyword: r.keyword,
    asin: r.asin,
    position: r.position,
    title: r.title,
    brand: r.brand,
    currency: r.currency,
    price: r.price === null ? null : Number(r.price),
    bsr: r.bsr,
    rating: r.rating === null ? null : Number(r.rating),
    reviewCount: r.reviewCount,
    firstSeenAt: r.firstSeenAt,
    isNew: runAt !== null && r.firstSeenAt.getTime() >= runAt.getTime(),
  }));
  return { category, candidates };
}
