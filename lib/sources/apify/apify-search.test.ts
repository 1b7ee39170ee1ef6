import { ApifyClient } from "apify-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import searchItems from "@/tests/fixtures/apify/search-bluetooth-earbuds.json";
import { startApifyTestServer, type ApifyTestServer } from "@/tests/support/apify-server";
import { loadFailedPageCases } from "@/tests/support/fixtures";
import { createApifySearch, type SkippedItem } from "@/lib/sources/apify/apify-search";
import { getConfiguredSource } from "@/lib/sources/get-source";

let server: ApifyTestServer;
beforeEach(async () => {
  server = await startApifyTestServer();
});
afterEach(async () => {
  await server.close();
});

function search(onSkipped?: (s: SkippedItem[]) => void) {
  const client = new ApifyClient({ baseUrl: server.baseUrl, token: server.token, maxRetries: 1, minDelayBetweenRetriesMillis: 1 });
  return createApifySearch({ client, actorId: "junglee/amazon-crawler", onSkipped });
}

describe("Apify keyword search", () => {
  it("runs the actor on the storefront's search URL and ranks the valid results in order", async () => {
    server.setScript(() => ({ items: searchItems }));
    let skipped: SkippedItem[] = [];
    const result = await search((s) => (skipped = s))({ marketplace: "US", keyword: "bluetooth earbuds" });

    const [run] = server.runs;
    expect(run.request.marketplace).toBe("US");
    expect(run.request.keywords).toEqual(["bluetooth earbuds"]);
    expect(run.request.input).toMatchObject({ categoryOrProductUrls: [{ url: "https://www.amazon.com/s?k=bluetooth+earbuds" }], maxSearchPagesPerStartUrl: 1 });

    expect(result.isDemo).toBe(false);
    expect(result.candidates.map((c) => [c.position, c.asin, c.currency, c.price, c.bsr, c.rating, c.reviewCount])).toEqual([
      [1, "B0SRCH0001", "USD", 49.99, 312, 4.4, 12873],
      [2, "B0SRCH0002", "USD", 29.99, 1290, 4.2, 5410],
      [3, "B0SRCH0003", "USD", null, null, 3.9, 211],
      [4, "B0SRCH0005", "USD", 59, 20840, null, 0],
      [5, "B0SRCH0008", "USD", 24.5, 4410, 4.6, 980],
    ]);
    expect(result.candidates[0]).toMatchObject({ title: "Kestrel Buds Pro Bluetooth Earbuds, 40H Playtime, ANC", brand: "Kestrel", imageUrl: expect.stringContaining("B0SRCH0001") });
    // Empty title, a string price and the error record are skipped and reported, not guessed at.
    expect(skipped.map((s) => s.index)).toEqual([3, 5, 6]);
    expect(skipped[1].reason).toContain("price.value");
    expect(skipped[2].reason).toContain("503");
  });

  it("a robot-check page among the results is skipped as blocked, not listed as a competitor", async () => {
    const robot = loadFailedPageCases().find((c) => c.case === "robot-check-en")!.item;
    server.setScript(() => ({ items: [robot, searchItems[0]] }));
    let skipped: SkippedItem[] = [];
    const result = await search((s) => (skipped = s))({ marketplace: "US", keyword: "earbuds" });
    expect(result.candidates.map((c) => [c.position, c.asin])).toEqual([[1, "B0SRCH0001"]]);
    expect(skipped).toEqual([{ index: 0, reason: expect.stringMatching(/^blocked: robot check page/) }]);
  });

  it("uses the marketplace's ISO currency, not the page's symbol", async () => {
    // The UK storefront's page (a page from another storefront would be refused: its prices are in another currency).
    server.setScript(() => ({ items: [{ ...(searchItems[0] as object), loadedCountryCode: "GB" }] }));
    const result = await search()({ marketplace: "UK", keyword: "earbuds" });
    expect(server.runs[0].request.input).toMatchObject({ categoryOrProductUrls: [{ url: "https://www.amazon.co.uk/s?k=earbuds" }] });
    expect(result.candidates[0].currency).toBe("GBP");
  });

  it.each(["FAILED", "TIMED-OUT"] as const)("a %s run is an error, not an empty or partial result", async (status) => {
    server.setScript(() => ({ status, statusMessage: "Actor ran out of memory", items: searchItems }));
    await expect(search()({ marketplace: "US", keyword: "bluetooth earbuds" })).rejects.toThrow(
      new RegExp(`Apify search for "bluetooth earbuds" failed: Apify run run001 ended ${status} \\(Actor ran out of memory\\)`),
    );
  });

  it("the configured source searches with Apify with a token and the labelled demo search without one", async () => {
    server.setScript(() => ({ items: searchItems }));
    const live = await getConfiguredSource({ APIFY_TOKEN: server.token, APIFY_BASE_URL: server.baseUrl }).source.search({ marketplace: "US", keyword: "bluetooth earbuds" });
    expect(live.isDemo).toBe(false);
    expect(live.candidates).toHaveLength(5);
    const demo = await getConfiguredSource({}).source.search({ marketplace: "US", keyword: "earbuds" });
    expect(demo.isDemo).toBe(true);
    expect(demo.candidates.length).toBeGreaterThan(0);
  });
});
