import { ApifyClient } from "apify-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import catalogDay1 from "@/tests/fixtures/apify/catalog-day1.json";
import edgeCases from "@/tests/fixtures/apify/edge-cases.json";
import { answerFromItems, startApifyTestServer, type ApifyTestServer } from "@/tests/support/apify-server";
import { loadFailedPageCases } from "@/tests/support/fixtures";
import { createApifySource, type ApifySourceOptions } from "@/lib/sources/apify/apify-source";

const now = new Date("2026-11-22T06:00:00Z");
let server: ApifyTestServer;

beforeEach(async () => {
  server = await startApifyTestServer();
});
afterEach(async () => {
  await server.close();
});

/** A real apify-client against the local server, with retries fast enough for tests. */
function source(options: Partial<ApifySourceOptions> = {}) {
  const client = new ApifyClient({
    baseUrl: server.baseUrl,
    token: server.token,
    maxRetries: 2,
    minDelayBetweenRetriesMillis: 1,
  });
  return createApifySource({ token: server.token, client, ...options });
}

const routes = (route: string) => server.requests.filter((r) => r.route === route);

describe("Apify source", () => {
  it("starts one run per batch with product URLs and reads the dataset", async () => {
    server.setScript(answerFromItems(catalogDay1, { usageTotalUsd: 0.0421 }));
    const result = await source().fetch({ marketplace: "US", asins: ["B0DA6UWS7H", "B00PFMHYSE"], now });

    expect(result.failures).toEqual([]);
    expect(result.readings.map((r) => [r.asin, r.currency, r.price, r.bsr, r.capturedAt])).toEqual([
      ["B0DA6UWS7H", "USD", 289.7, 8624, now],
      ["B00PFMHYSE", "USD", 255.41, expect.any(Number), now],
    ]);
    expect(result.runs).toEqual([{ id: "run001", status: "SUCCEEDED", costUsd: 0.0421, asins: ["B0DA6UWS7H", "B00PFMHYSE"] }]);

    const [start] = routes("start-run");
    expect(start.path).toBe("/v2/actors/junglee~amazon-crawler/runs");
    expect(start.headers.authorization).toBe(`Bearer ${server.token}`);
    expect(start.query).toMatchObject({ timeout: "3600", maxItems: "2" });
    expect(start.body).toEqual({
      categoryOrProductUrls: [{ url: "https://www.amazon.com/dp/B0DA6UWS7H" }, { url: "https://www.amazon.com/dp/B00PFMHYSE" }],
      maxItemsPerStartUrl: 1,
      maxProductVariantsAsSeparateResults: 0,
      scrapeProductVariantPrices: false,
      maxOffers: 0,
      useCaptchaSolver: false,
      proxyCountry: "AUTO_SELECT_PROXY_COUNTRY",
    });
    // No log streaming: nothing but start, poll and dataset reads.
    expect(new Set(server.requests.map((r) => r.route))).toEqual(new Set(["start-run", "get-run", "dataset-items"]));
  });

  it("builds its own client from token and baseUrl, and takes the actor id", async () => {
    server.setScript(answerFromItems(catalogDay1));
    const own = createApifySource({ token: server.token, baseUrl: server.baseUrl, actorId: "someone/other-actor" });
    const result = await own.fetch({ marketplace: "US", asins: ["B0DA6UWS7H"], now });
    expect(result.readings).toHaveLength(1);
    expect(routes("start-run")[0].path).toBe("/v2/actors/someone~other-actor/runs");
  });

  it("keeps a missing price null, reads out of stock and empty ranks, joins on originalAsin", async () => {
    server.setScript(answerFromItems(edgeCases));
    const us = await source().fetch({ marketplace: "US", asins: ["B09BA8U6F2"], now });
    expect(us.readings[0]).toMatchObject({ price: null, buyBoxPrice: null, inStock: false });

    const uk = await source().fetch({ marketplace: "UK", asins: ["B0RVU8W7TU"], now });
    expect(uk.readings[0]).toMatchObject({ bsr: null, bsrRanks: [], listing: { categoryPath: [] } });

    const de = await source().fetch({ marketplace: "DE", asins: ["B0WH123JSU"], now });
    expect(de.readings.map((r) => r.asin)).toEqual(["B0WH123JSU"]);
    expect(de.failures).toEqual([]);
  });

  it("turns error items and absent ASINs into failed reads", async () => {
    server.setScript(answerFromItems(edgeCases));
    const result = await source().fetch({ marketplace: "US", asins: ["B0VEJVC0XC", "B0NOTFOUND", "B0NOTHERE0"], now });
    expect(result.readings.map((r) => r.asin)).toEqual(["B0VEJVC0XC"]);
    expect(result.failures).toEqual([
      { asin: "B0NOTFOUND", reason: "not_found", detail: "Apify error item: Product page not found (404)" },
      { asin: "B0NOTHERE0", reason: "missing", detail: expect.any(String) },
    ]);
  });

  it("stores no reading for a robot check, sign-in wall, error or not-found page, and says which it was", async () => {
    const failedPages = loadFailedPageCases().filter((c) => c.marketplace === "DE" && c.expect !== "reading");
    server.setScript(answerFromItems([...catalogDay1, ...failedPages.map((c) => c.item)]));
    const asins = ["B0UR729ETC", ...failedPages.map((c) => String(c.item.originalAsin))];
    const result = await source().fetch({ marketplace: "DE", asins, now });

    expect(result.readings.map((r) => r.asin)).toEqual(["B0UR729ETC"]);
    expect(result.failures.map((f) => [f.asin, f.reason])).toEqual(failedPages.map((c) => [c.item.originalAsin, c.expect]));
    expect(result.failures.map((f) => f.reason)).toEqual(expect.arrayContaining(["blocked", "not_found"]));
  });

  it.each(["FAILED", "TIMED-OUT", "ABORTED"] as const)("fails the whole batch of a %s run, and records its cost", async (status) => {
    server.setScript(answerFromItems(catalogDay1, { status, usageTotalUsd: 0.12, statusMessage: "Actor crashed" }));
    const result = await source().fetch({ marketplace: "US", asins: ["B0DA6UWS7H", "B00PFMHYSE"], now });
    expect(result.readings).toEqual([]);
    expect(result.failures).toEqual([
      { asin: "B0DA6UWS7H", reason: "run_failed", detail: `Apify run run001 ended ${status} (Actor crashed)` },
      { asin: "B00PFMHYSE", reason: "run_failed", detail: `Apify run run001 ended ${status} (Actor crashed)` },
    ]);
    expect(result.runs).toEqual([{ id: "run001", status, costUsd: 0.12, asins: ["B0DA6UWS7H", "B00PFMHYSE"] }]);
    expect(routes("dataset-items")).toEqual([]);
  });

  it("records a missing cost as null", async () => {
    server.setScript(answerFromItems(catalogDay1));
    const result = await source().fetch({ marketplace: "US", asins: ["B0DA6UWS7H"], now });
    expect(result.runs[0].costUsd).toBeNull();
  });

  it("lets the client retry a 500 and succeeds", async () => {
    server.setScript(answerFromItems(catalogDay1));
    server.failNext("start-run", 1);
    server.failNext("dataset-items", 1);
    const result = await source().fetch({ marketplace: "US", asins: ["B0DA6UWS7H"], now });
    expect(result.readings).toHaveLength(1);
    expect(routes("start-run").map((r) => r.status)).toEqual([500, 201]);
    expect(routes("dataset-items").map((r) => r.status)).toEqual([500, 200]);
    expect(server.runs).toHaveLength(1);
  });

  it("fails only the batch whose API calls keep failing after the client's retries", async () => {
    server.setScript(answerFromItems(catalogDay1));
    // maxRetries 2 → 3 attempts: the first batch's dataset read uses them all up.
    server.failNext("dataset-items", 3, 503);
    const result = await source({ batchSize: 1, concurrency: 1 }).fetch({
      marketplace: "US",
      asins: ["B0DA6UWS7H", "B00PFMHYSE"],
      now,
    });
    expect(result.failures).toEqual([
      { asin: "B0DA6UWS7H", reason: "run_failed", detail: expect.stringMatching(/^could not read dataset of Apify run run001/) },
    ]);
    expect(result.readings.map((r) => r.asin)).toEqual(["B00PFMHYSE"]);
    expect(result.runs.map((r) => [r.id, r.status])).toEqual([
      ["run001", "SUCCEEDED"],
      ["run002", "SUCCEEDED"],
    ]);
  });

  it("fails the batch without a run when the run cannot start", async () => {
    const client = new ApifyClient({ baseUrl: server.baseUrl, token: "wrong", maxRetries: 0 });
    const result = await createApifySource({ token: "wrong", client }).fetch({ marketplace: "US", asins: ["B0DA6UWS7H"], now });
    expect(result.failures).toEqual([
      { asin: "B0DA6UWS7H", reason: "run_failed", detail: expect.stringMatching(/^could not start Apify run: /) },
    ]);
    expect(result.runs).toEqual([]);
  });

  it.each([
    ["UK", "B09LVBX5D7", "GBP", "https://www.amazon.co.uk/dp/B09LVBX5D7"],
    ["DE", "B0UR729ETC", "EUR", "https://www.amazon.de/dp/B0UR729ETC"],
    ["JP", "B0E0ZV1K84", "JPY", "https://www.amazon.co.jp/dp/B0E0ZV1K84"],
  ] as const)("reads %s items in the marketplace's currency", async (marketplace, asin, currency, url) => {
    server.setScript(answerFromItems(catalogDay1));
    const result = await source().fetch({ marketplace, asins: [asin], now });
    expect(result.readings).toMatchObject([{ asin, marketplace, currency }]);
    expect(server.runs[0].request).toMatchObject({ marketplace, asins: [asin] });
    expect(routes("start-run")[0].body).toMatchObject({ categoryOrProductUrls: [{ url }] });
  });

  it("splits ASINs into batches, one run each", async () => {
    server.setScript(answerFromItems(catalogDay1, { usageTotalUsd: 0.01 }));
    const asins = ["B0DA6UWS7H", "B00PFMHYSE", "B0EGA5MUER", "B08HMNV2MV", "B0EHJ4X305"];
    const result = await source({ batchSize: 2 }).fetch({ marketplace: "US", asins, now });

    expect(result.readings.map((r) => r.asin)).toEqual(asins);
    expect(result.runs.map((r) => r.asins)).toEqual([asins.slice(0, 2), asins.slice(2, 4), asins.slice(4)]);
    expect(result.runs.every((r) => r.costUsd === 0.01 && r.status === "SUCCEEDED")).toBe(true);
    expect(new Set(result.runs.map((r) => r.id)).size).toBe(3);
    expect(server.runs.map((r) => r.request.asins).sort()).toEqual(result.runs.map((r) => r.asins).sort());
  });

  it("sends large inputs compressed, as apify-client does over 1 KB", async () => {
    const asins = Array.from({ length: 40 }, (_, i) => `B0TEST${String(i).padStart(4, "0")}`);
    const result = await source().fetch({ marketplace: "US", asins, now });
    expect(routes("start-run")[0].headers["content-encoding"]).toMatch(/^(br|gzip)$/);
    expect(server.runs[0].request.asins).toEqual(asins);
    expect(result.failures).toHaveLength(40);
  });

  it("pages through a large dataset", async () => {
    const filler = Array.from({ length: 2300 }, (_, i) => ({ originalAsin: `B0FILL${String(i).padStart(4, "0")}`, title: "x" }));
    const wanted = catalogDay1.find((i) => i.originalAsin === "B0DA6UWS7H");
    server.setScript(() => ({ items: [...filler, wanted] }));
    const result = await source().fetch({ marketplace: "US", asins: ["B0DA6UWS7H"], now });
    expect(result.readings).toHaveLength(1);
    expect(routes("dataset-items").map((r) => r.query.offset)).toEqual(["0", "1000", "2000"]);
  });

  it("waits through a run that takes a while, with the server holding the polls", async () => {
    server.setScript(answerFromItems(catalogDay1, { durationMs: 300 }));
    const result = await source().fetch({ marketplace: "US", asins: ["B0DA6UWS7H"] });
    expect(result.readings).toHaveLength(1);
    expect(result.readings[0].capturedAt).toBeInstanceOf(Date);
    expect(routes("get-run").length).toBeLessThan(5);
  });

  it("returns nothing for no ASINs without starting a run", async () => {
    expect(await source().fetch({ marketplace: "US", asins: [], now })).toEqual({ readings: [], failures: [], runs: [] });
    expect(server.requests).toEqual([]);
  });
});
