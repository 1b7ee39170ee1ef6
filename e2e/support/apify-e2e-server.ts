// The Apify-compatible test server (tests/support/apify-server.ts) on a fixed port, for the
// end-to-end app instance that runs with APIFY_TOKEN/APIFY_BASE_URL pointing here (see
// playwright.config.ts). The real Apify source and client talk to it over HTTP. Each ASIN is
// answered with its day-1 fixture item the first time it is asked for and its day-2 item
// after that, so a second "Refresh now" is a crawl with the changes listed in
// tests/fixtures/apify/catalog-day2-changes.json.
//
// ASINs listed in BLOCKED_FIRST are answered with Amazon's robot-check page the first time
// they are asked for (as Apify hands it back), and normally after that: scheduler.spec sees
// the blocked read recorded and then the schedule retrying it.
import { startApifyTestServer } from "../../tests/support/apify-server";
import { loadApifyFixture, loadFailedPageCases } from "../../tests/support/fixtures";

const port = Number(process.env.APIFY_E2E_PORT);
const token = process.env.APIFY_E2E_TOKEN ?? "e2e-token";
const days = [loadApifyFixture("catalog-day1"), loadApifyFixture("catalog-day2")];
const asked = new Map<string, number>();
const asinOf = (item: Record<string, unknown>) => String(item.originalAsin ?? item.asin);
const BLOCKED_FIRST = new Set(["B09BA8U6F2"]);
const robotCheck = loadFailedPageCases().find((c) => c.case === "robot-check-en")!.item;
const blockedOnce = new Set<string>();

const server = await startApifyTestServer({
  port,
  token,
  script: ({ asins }) => ({
    items: asins.flatMap((asin) => {
      if (BLOCKED_FIRST.has(asin) && !blockedOnce.has(asin)) {
        blockedOnce.add(asin);
        return [{ ...robotCheck, asin, originalAsin: asin, url: `https://www.amazon.com/dp/${asin}`, input: `https://www.amazon.com/dp/${asin}` }];
      }
      const n = asked.get(asin) ?? 0;
      asked.set(asin, n + 1);
      return days[Math.min(n, days.length - 1)]!.filter((item) => asinOf(item) === asin);
    }),
  }),
});
console.log(`[apify-e2e] listening on ${server.baseUrl}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
