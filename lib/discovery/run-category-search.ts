import type { Db } from "@/lib/db/client";
import { upsertKeywordCandidates } from "@/lib/db/sql/upsert-keyword-candidates";
import { AppError } from "@/lib/errors/app-error";
import { isMarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { Candidate, KeywordSearch } from "@/lib/sources/types";

type NewEntrant = Pick<Candidate, "asin" | "position" | "title" | "brand"> & { keyword: string };

export type CategorySearchResult = {
  categoryId: string;
  startedAt: Date;
  searched: string[];
  failed: Array<{ keyword: string; error: string }>;
  newEntrants: NewEntrant[];
  isDemo: boolean;
};

/**
 * Searches every keyword of a saved category, records what each showed, and returns the new
 * entrants. A keyword whose search fails is reported and the others still count; only when
 * every keyword fails does the run throw (so a scheduled run is retried).
 */
export async function runCategorySearch(opts: { db: Db; workspaceId: string; categoryId: string; search: KeywordSearch; now?: Date }): Promise<CategorySearchResult> {
  const { db, workspaceId, categoryId } = opts;
  const category = await db.keywordCategory.findFirst({ where: { id: categoryId, workspaceId }, select: { marketplace: true, keywords: true } });
  if (!category) throw new AppError("NOT_FOUND", "Category not found");
  if (!isMarketplaceCode(category.marketplace)) throw new AppError("VALIDATION", `Unknown marketplace ${category.marketplace}`);
  const marketplace = category.marketplace;
  // Millisecond precision: the columns are timestamp(3), and the comparison below must hold.
  const startedAt = new Date(Math.floor((opts.now ?? new Date()).getTime()));

  const result: CategorySearchResult = { categoryId, startedAt, searched: [], failed: [], newEntrants: [], isDemo: false };
  for (const keyword of category.keywords) {
    let found: Awaited<ReturnType<KeywordSearch>>;
    try {
      found = await opts.search({ marketplace, keyword });
    } catch (error) {
      result.failed.push({ keyword, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    result.isDemo ||= found.isDemo;
    result.searched.push(keyword);
    const rows = await upsertKeywordCandidates(db, workspaceId, categoryId, keyword, found.candidates, startedAt);
    for (const r of rows) {
      if (r.firstSeenAt.getTime() >= startedAt.getTime()) result.newEntrants.push({ keyword: r.keyword, asin: r.asin, position: r.position, title: r.title, brand: r.brand });
    }
  }
  if (result.searched.length === 0 && result.failed.length > 0) {
    throw new AppError("UPSTREAM", `Every keyword search failed: ${result.failed.map((f) => `${f.keyword}: ${f.error}`).join("; ")}`);
  }
  await db.keywordCategory.updateMany({ where: { id: categoryId, workspaceId }, data: { lastSearchedAt: startedAt } });
  result.newEntrants.sort((a, b) => a.keyword.localeCompare(b.keyword) || a.position - b.position);
  return result;
}
