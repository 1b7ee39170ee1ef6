import type { Db } from "@/lib/db/client";
import type { KeywordSearch } from "@/lib/sources/types";
import { runCategorySearch } from "@/lib/discovery/run-category-search";

/** Saved keyword categories set to be searched daily, in every workspace. */
export function findScheduledCategories(db: Db) {
  return db.keywordCategory.findMany({ where: { scheduled: true }, select: { id: true, workspaceId: true }, orderBy: { id: "asc" } });
}

/**
 * The daily keyword job in one process: each scheduled category's searches, one after the
 * other (each keyword is an Apify run; a low pace keeps the account under its concurrent-run
 * cap next to the crawls). A category whose every search fails is counted and the others go on.
 */
export async function searchScheduledCategories({ db, search, now = new Date() }: { db: Db; search: KeywordSearch; now?: Date }) {
  const summary = { categories: 0, searched: 0, failed: 0, newEntrants: 0, errors: [] as string[] };
  for (const c of await findScheduledCategories(db)) {
    summary.categories++;
    try {
      const r = await runCategorySearch({ db, workspaceId: c.workspaceId, categoryId: c.id, search, now });
      summary.searched += r.searched.length;
      summary.failed += r.failed.length;
      summary.newEntrants += r.newEntrants.length;
    } catch (err) {
      summary.failed++;
      summary.errors.push(`${c.id}: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300));
    }
  }
  return summary;
}
