import { cron } from "inngest";
import type { Db } from "@/lib/db/client";
import type { KeywordSearch } from "@/lib/sources/types";
import { runCategorySearch } from "@/lib/discovery/run-category-search";
import { findScheduledCategories } from "@/lib/discovery/search-scheduled-categories";
import { readEnv } from "@/lib/config/env";
import { inngest } from "@/lib/jobs/inngest-client";
import { keywordCategorySearchRequested } from "@/lib/jobs/events";
import { recordedJob } from "@/inngest/functions/recorded-job";

export type KeywordSearchDeps = { getDb: () => Promise<Db>; getSearch: () => KeywordSearch; now?: () => Date };

// Daily: one event per scheduled category. The event id is category + day, so a repeated
// tick (or a retried fan-out) searches nothing twice. KEYWORD_SEARCH_CRON sets the time.
export function createSearchKeywords(deps: KeywordSearchDeps, schedule = readEnv().schedules.keywordSearch.expression) {
  return inngest.createFunction({ id: "search-keywords", triggers: [cron(schedule)], concurrency: { limit: 1 } }, async ({ event, step }) =>
    recordedJob({ step, event, getDb: deps.getDb, job: "keywordSearch" }, async () => {
      const day = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
      const categories = await step.run("find-scheduled-categories", async () => findScheduledCategories(await deps.getDb()));
      if (categories.length === 0) return { categories: 0 };
      await step.sendEvent(
        "fan-out-categories",
        categories.map((c) => keywordCategorySearchRequested.create({ workspaceId: c.workspaceId, categoryId: c.id, day }, { id: `keyword-search:${c.id}:${day}` })),
      );
      return { categories: categories.length };
    }),
  );
}

// One category's searches. Each keyword is one Apify run; a low global limit keeps the
// account under its concurrent-run cap (25–32 on low plans) next to the crawls, and one
// category per workspace at a time stops a tenant with many categories from taking them all.
type Concurrency = [{ limit: number }, { key: string; limit: number }];

export function createSearchCategory(deps: KeywordSearchDeps, concurrency: Concurrency = [{ limit: 3 }, { key: "event.data.workspaceId", limit: 1 }]) {
  return inngest.createFunction(
    { id: "search-keyword-category", triggers: [keywordCategorySearchRequested], concurrency, retries: 2 },
    async ({ event, step }) => {
      const { workspaceId, categoryId } = event.data;
      return step.run("run-category-search", async () => {
        const db = await deps.getDb();
        // Deleted (or unscheduled) since the fan-out: nothing to do, and not an error to retry.
        const category = await db.keywordCategory.findFirst({ where: { id: categoryId, workspaceId, scheduled: true }, select: { id: true } });
        if (!category) return { status: "skipped" as const };
        const result = await runCategorySearch({ db, workspaceId, categoryId, search: deps.getSearch(), now: deps.now?.() });
        return { status: "searched" as const, searched: result.searched, failed: result.failed, newEntrants: result.newEntrants };
      });
    },
  );
}
