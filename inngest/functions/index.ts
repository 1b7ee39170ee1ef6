import { getConfiguredMailTransport } from "@/lib/alerts/mail-transport";
import { getDb } from "@/lib/db/client";
import { getConfiguredModel } from "@/lib/llm/llm-config";
import { loadGroupComparison } from "@/lib/groups/load-group-comparison";
import { readDailyTokenBudget } from "@/lib/reports/token-budget";
import { getKeywordSearch } from "@/lib/discovery/get-keyword-search";
import { getConfiguredSource } from "@/lib/sources/get-source";
import { createAnalyseGroup, createAnalyseGroups } from "./analyse-groups";
import { createCrawlBatch } from "./crawl-batch";
import { createDeliverAlerts } from "./deliver-alerts";
import { createProductsAdded } from "./products-added";
import { createScheduledCrawl } from "./scheduled-crawl";
import { createSearchCategory, createSearchKeywords } from "./search-keywords";
import { createSendDigests } from "./send-digests";

// Functions take their dependencies as arguments (tests pass a test database and source);
// these are the production wirings served at /api/inngest.
const batchSize = () => getConfiguredSource().batchSize;

const analysisDeps = { getDb, getModel: () => getConfiguredModel(), loadComparison: loadGroupComparison, dailyTokenBudget: () => readDailyTokenBudget() };

export const functions = [
  createAnalyseGroups(analysisDeps),
  createAnalyseGroup(analysisDeps),
  createScheduledCrawl({ getDb, batchSize }),
  createCrawlBatch({ getDb, getSource: () => getConfiguredSource().source }),
  createProductsAdded(batchSize),
  createDeliverAlerts({ getDb, getTransport: getConfiguredMailTransport }),
  createSendDigests({ getDb, getTransport: getConfiguredMailTransport }),
  createSearchKeywords({ getDb, getSearch: () => getKeywordSearch() }),
  createSearchCategory({ getDb, getSearch: () => getKeywordSearch() }),
];
