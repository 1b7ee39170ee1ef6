import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
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

type Row = { keyword: string; asin: string; position: number; title: string | null; brand: string | null; firstSeenAt: Date };

// Writes one keyword's results in one statement. firstSeenAt is only set on insert, so a
// row whose firstSeenAt is this run's start is a product the keyword never showed before.
async function upsertCandidates(db: Db, workspaceId: string, categoryId: string, keyword: string, candidates: Candidate[], at: Date): Promise<Row[]> {
  if (candidates.length === 0) return [];
  const col = <K extends keyof Candidate>(key: K) => candidates.map((c) => c[key]);
  return db.$queryRawUnsafe<Row[]>(
    `INSERT INTO "KeywordCandidate" (id, "workspaceId", "categoryId", marketplace, keyword, asin, title, brand, "imageUrl", currency, price, bsr, rating, "reviewCount", position, "firstSeenAt", "lastSeenAt")
     SELECT u.id, $1, $2, u.marketplace, $3, u.asin, u.title, u.brand, u.image, u.currency, u.price, u.bsr, u.rating, u.reviews, u.position, $4::timestamp, $4::timestamp
     FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::numeric[], $13::int[], $14::numeric[], $15::int[], $16::int[])
       AS u(id, marketplace, asin, title, brand, image, currency, price, bsr, rating, reviews, position)
     ON CONFLICT ("workspaceId", marketplace, keyword, asin) DO UPDATE SET
       "categoryId" = COALESCE("KeywordCandidate"."categoryId", EXCLUDED."categoryId"),
       title = EXCLUDED.title, brand = EXCLUDED.brand, "imageUrl" = EXCLUDED."imageUrl", currency = EXCLUDED.currency,
       price = EXCLUDED.price, bsr = EXCLUDED.bsr, rating = EXCLUDED.rating, "reviewCount" = EXCLUDED."reviewCount",
       position = EXCLUDED.position, "lastSeenAt" = EXCLUDED."lastSeenAt"
     RETURNING keyword, asin, position, title, brand, "firstSeenAt"`,
    workspaceId,
    categoryId,
    keyword,
    at,
    candidates.map(() => `kc_${randomUUID()}`),
    col("marketplace"),
    col("asin"),
    col("title"),
    col("brand"),
    col("imageUrl"),
    col("currency"),
    col("price"),
    col("bsr"),
    col("rating"),
    col("reviewCount"),
    col("position"),
  );
}

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
    const rows = await upsertCandidates(db, workspaceId, categoryId, keyword, found.candidates, startedAt);
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
