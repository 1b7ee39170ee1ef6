import { productionJobDeps as deps } from "@/lib/jobs/job-deps";
import { createAnalyseGroup, createAnalyseGroups } from "@/inngest/functions/analyse-groups";
import { createCrawlBatch } from "@/inngest/functions/crawl-batch";
import { createDeliverAlerts } from "@/inngest/functions/deliver-alerts";
import { createProductsAdded } from "@/inngest/functions/products-added";
import { createScheduledCrawl } from "@/inngest/functions/scheduled-crawl";
import { createSearchCategory, createSearchKeywords } from "@/inngest/functions/search-keywords";
import { createSendDigests } from "@/inngest/functions/send-digests";

// Functions take their dependencies as arguments (tests pass a test database and source);
// these are the production wirings served at /api/inngest, the same the embedded scheduler uses.
const batchSize = () => deps.getSource().batchSize;
const searchDeps = { getDb: deps.getDb, getSearch: () => deps.getSource().source.search };

export const functions = [
  createAnalyseGroups(deps),
  createAnalyseGroup(deps),
  createScheduledCrawl({ getDb: deps.getDb, batchSize }),
  createCrawlBatch({ getDb: deps.getDb, getSource: () => deps.getSource().source }),
  createProductsAdded(batchSize),
  createDeliverAlerts(deps),
  createSendDigests(deps),
  createSearchKeywords(searchDeps),
  createSearchCategory(searchDeps),
];
