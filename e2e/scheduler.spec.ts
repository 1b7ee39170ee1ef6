import { expect, test } from "@playwright/test";
import { signUpNewUser } from "./support/accounts";

// Runs against the Apify-backed instance (playwright.config.ts): no Inngest configured, so
// the app's own scheduler runs every job, with CRAWL_CRON every 5 seconds. The local
// Apify-compatible server answers B09BA8U6F2 with Amazon's robot-check page the first time.
test.use({ baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1000}` });

test("added products are read without a click, a blocked page is a failed read retried by the schedule, and System shows the ticks", async ({ page }, testInfo) => {
  await signUpNewUser(page, "Scheduled");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Products" }).click();
  await page.getByLabel("ASINs or product URLs").fill(["B0PVBD5F7D", "B022C7FG2N", "B09BA8U6F2"].join("\n"));
  await page.getByRole("button", { name: "Add products" }).click();
  await expect(page.getByTestId("add-report")).toContainText("Added 3 products.");
  await expect(page.getByTestId("add-report")).toContainText("Their first readings are on the way");

  // Nothing else is clicked: the first crawl runs in the background and the list fills in.
  for (const asin of ["B0PVBD5F7D", "B022C7FG2N"]) {
    await expect(page.locator(`[data-asin="${asin}"]`).getByTestId("price")).toHaveText(/\$\d/, { timeout: 30_000 });
  }
  const blocked = page.locator('[data-asin="B09BA8U6F2"]');
  // Its first read was a robot-check page: a failed read shown as "Blocked" (unless the next
  // tick, 5 s later, already read it), never a reading titled "Robot Check".
  await expect(blocked.getByTestId("failed-read").or(blocked.getByTestId("price").filter({ hasText: /\$\d/ }))).toBeVisible();
  await expect(blocked.getByTestId("product-title")).not.toHaveText("Robot Check");
  await page.screenshot({ path: testInfo.outputPath("products-after-first-read.png"), fullPage: true });

  // The schedule retries the blocked product at its next tick and reads it (the list shows it
  // when it is next loaded).
  await expect(async () => {
    await page.reload();
    await expect(blocked.getByTestId("price")).toHaveText(/\$\d/, { timeout: 1_000 });
  }).toPass({ timeout: 40_000 });
  await expect(blocked.getByTestId("failed-read")).toHaveCount(0);
  await expect(page.getByTestId("blocked-banner")).toHaveCount(0);

  await page.getByRole("link", { name: "Crawl history" }).click();
  const runs = page.getByTestId("crawl-run");
  const firstCrawl = runs.filter({ has: page.getByTestId("run-trigger").filter({ hasText: "New product" }) });
  await expect(firstCrawl).toHaveCount(1);
  await expect(firstCrawl.getByTestId("run-status")).toHaveText("Partial");
  await firstCrawl.getByTestId("run-failures").locator("summary").click();
  await expect(firstCrawl.getByTestId("failure-kind")).toHaveText("Blocked");
  await expect(firstCrawl).toContainText("robot check page");
  const scheduled = runs.filter({ has: page.getByTestId("run-trigger").filter({ hasText: "Schedule" }) });
  await expect(scheduled).toHaveCount(1);
  await expect(scheduled.getByTestId("run-status")).toHaveText("Succeeded");
  await scheduled.getByTestId("run-asins").locator("summary").click();
  await expect(scheduled.getByTestId("run-asins")).toContainText("B09BA8U6F2");

  await page.goto("/settings/system");
  await expect(page.getByTestId("scheduler-name")).toHaveText("Embedded scheduler");
  const crawlJob = page.locator('[data-testid="job-status"][data-job="crawl"]');
  await expect(crawlJob.getByTestId("job-outcome")).toContainText("Succeeded");
  // Every job has ticked at least once on its short schedule; one that found nothing due says so.
  for (const job of ["crawl", "delivery", "digest", "keywordSearch", "analysis"]) {
    await expect(page.locator(`[data-testid="job-status"][data-job="${job}"]`).getByTestId("job-last-run")).toContainText("embedded", { timeout: 20_000 });
  }
  await expect(async () => {
    await page.reload();
    await expect(crawlJob.getByTestId("job-outcome")).toContainText("nothing due", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByTestId("system-source")).toContainText("junglee/amazon-crawler");
  await expect(page.getByTestId("system-smtp")).toContainText("Not configured");
  await expect(page.getByTestId("system-database")).toContainText("PGlite");
  await page.screenshot({ path: testInfo.outputPath("system.png"), fullPage: true });
});
