import { chunk } from "es-toolkit/array";
import type { ApifyClient, ActorRun } from "apify-client";
import PQueue from "p-queue";
import { productUrl, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { FailedRead, FetchRequest, FetchResult, ProductSource, SourceRun } from "@/lib/sources/types";
import { defaultApifyActorId, defaultApifyBatchSize } from "@/lib/config/env";
import { createApifyClient, describeUnfinishedRun, errorMessage, listAllItems, SUCCEEDED } from "@/lib/sources/apify/apify-run";
import { type ApifySearchOptions, createApifySearch } from "@/lib/sources/apify/apify-search";
import { splitApifyItems } from "@/lib/sources/apify/normalise-apify-item";

export type ApifySourceOptions = {
  token: string;
  actorId?: string;
  /** Server root; apify-client appends /v2. */
  baseUrl?: string;
  /** ASINs per actor run. */
  batchSize?: number;
  /** apify-client's own retries of 429/5xx/network errors (its default is 8). */
  maxRetries?: number;
  /** Hard limit Apify enforces on each run; the run ends TIMED-OUT after it. */
  runTimeoutSecs?: number;
  /** Runs started at once. Low Apify plans allow 25–32 concurrent runs per account. */
  concurrency?: number;
  /** A ready client (tests use one with short retry delays); token/baseUrl/maxRetries are then ignored. */
  client?: ApifyClient;
  /** Told about keyword-search items that could not be used (logged in production). */
  onSearchSkipped?: ApifySearchOptions["onSkipped"];
};

/**
 * `junglee/amazon-crawler` input for a batch of product pages on one storefront. The
 * storefront comes from the URL's domain; one marketplace per run keeps the proxy country
 * and delivery location consistent.
 */
function buildApifyActorInput(marketplace: MarketplaceCode, asins: readonly string[]) {
  return {
    categoryOrProductUrls: asins.map((asin) => ({ url: productUrl(marketplace, asin) })),
    // A /dp/ page yields one product; the cap only guards against an item (= cost) explosion.
    maxItemsPerStartUrl: 1,
    // Variants already appear in `variantAsins`/`variantDetails`; separate results cost money.
    maxProductVariantsAsSeparateResults: 0,
    scrapeProductVariantPrices: false,
    // Offers are not needed: the buy box comes from the product page itself.
    maxOffers: 0,
    // After a solved captcha Amazon hides the bestseller ranks, which we track daily.
    useCaptchaSolver: false,
    // Lets the actor pick a proxy in the storefront's country, where prices and the buy box show.
    proxyCountry: "AUTO_SELECT_PROXY_COUNTRY",
  };
}

function sourceRun(run: ActorRun, asins: string[]): SourceRun {
  const cost = run.usageTotalUsd;
  return { id: run.id, status: run.status, costUsd: typeof cost === "number" ? cost : null, asins };
}

function failAll(asins: readonly string[], detail: string): FailedRead[] {
  return asins.map((asin) => ({ asin, reason: "run_failed", detail }));
}

type BatchContext = {
  client: ApifyClient;
  actorId: string;
  marketplace: MarketplaceCode;
  runTimeoutSecs: number;
  now: Date | undefined;
};

async function fetchBatch(ctx: BatchContext, asins: string[]): Promise<FetchResult> {
  let run: ActorRun;
  try {
    // start + waitForFinish is `call()` without its log streaming (two extra requests per run,
    // and log errors would fail the call). Split so a polling failure still knows the run id.
    run = await ctx.client.actor(ctx.actorId).start(buildApifyActorInput(ctx.marketplace, asins), {
      timeout: ctx.runTimeoutSecs,
      // Caps charged results on pay-per-result actors: one item per asked product page.
      maxItems: asins.length,
    });
  } catch (error) {
    return { readings: [], failures: failAll(asins, `could not start Apify run: ${errorMessage(error)}`), runs: [] };
  }

  const started = run;
  try {
    // Apify times the run out itself; the margin covers start-up and the last poll.
    run = await ctx.client.run(started.id).waitForFinish({ waitSecs: ctx.runTimeoutSecs + 300 });
  } catch (error) {
    const detail = `lost track of Apify run ${started.id}: ${errorMessage(error)}`;
    return { readings: [], failures: failAll(asins, detail), runs: [{ ...sourceRun(started, asins), status: "UNKNOWN" }] };
  }

  const runs = [sourceRun(run, asins)];
  if (run.status !== SUCCEEDED) {
    // Items pushed before a FAILED/TIMED-OUT/ABORTED end may sit in the dataset, but which
    // pages were read completely is unknown: the whole batch fails, for the caller to retry.
    return { readings: [], failures: failAll(asins, describeUnfinishedRun(run)), runs };
  }

  let items: unknown[];
  try {
    items = await listAllItems(ctx.client, run.defaultDatasetId);
  } catch (error) {
    const detail = `could not read dataset of Apify run ${run.id}: ${errorMessage(error)}`;
    return { readings: [], failures: failAll(asins, detail), runs };
  }

  // Apify gives no per-item time; the run's end is the latest the pages can have been read.
  const capturedAt = ctx.now ?? run.finishedAt ?? new Date();
  return { ...splitApifyItems({ items, asins, marketplace: ctx.marketplace, capturedAt }), runs };
}

export function createApifySource({
  token,
  actorId = defaultApifyActorId,
  baseUrl,
  batchSize = defaultApifyBatchSize,
  maxRetries,
  runTimeoutSecs = 3600,
  concurrency = 4,
  client,
  onSearchSkipped,
}: ApifySourceOptions): ProductSource {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("batchSize must be a positive whole number");
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error("concurrency must be a positive whole number");
  const apify = client ?? createApifyClient({ token, baseUrl, maxRetries });

  return {
    kind: "apify",
    search: createApifySearch({ client: apify, actorId, onSkipped: onSearchSkipped }),
    async fetch({ marketplace, asins, now }: FetchRequest): Promise<FetchResult> {
      const unique = [...new Set(asins)];
      const ctx: BatchContext = { client: apify, actorId, marketplace, runTimeoutSecs, now };
      // A caller normally sends one batch (lib/crawl/plan-batches.ts cuts them to this size);
      // a longer list still never becomes one oversized, costly run.
      const queue = new PQueue({ concurrency });
      const results = await Promise.all(chunk(unique, batchSize).map((batch) => queue.add(() => fetchBatch(ctx, batch))));
      return {
        readings: results.flatMap((r) => r.readings),
        failures: results.flatMap((r) => r.failures),
        runs: results.flatMap((r) => r.runs),
      };
    },
  };
}
