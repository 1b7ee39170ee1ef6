import { expect, test } from "@playwright/test";
import { signUpNewUser } from "./support/accounts";

test("a newcomer builds a competitor group in the demo workspace and compares it", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signUpNewUser(page, "Group Builder");
  await page.getByTestId("empty-dashboard").getByRole("button", { name: "Open the demo workspace" }).click();
  await expect(page.getByTestId("demo-banner")).toBeVisible();

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Competitor groups" }).click();
  await expect(page.getByText("No competitor groups yet.")).toBeVisible();
  await page.getByRole("link", { name: "New group" }).click();

  await page.getByLabel("Group name").fill("Earbuds vs the market");
  const search = page.getByLabel("Search tracked products");
  await search.fill("B0DEMO0001");
  await page.getByRole("button", { name: "Pick B0DEMO0001" }).click();
  await expect(page.getByTestId("main-product")).toContainText("B0DEMO0001");

  for (const asin of ["B0DEMO0002", "B0DEMO0003"]) {
    await search.fill(asin);
    await page.getByRole("button", { name: `Pick ${asin}` }).click();
  }
  // Too few competitors: the rule is explained on the list, and nothing is saved.
  await page.getByRole("button", { name: "Save group" }).click();
  await expect(page.getByTestId("competitors-error")).toHaveText("A group needs 3 to 5 competitors; it has 2.");

  await search.fill("Kestrel");
  await page.getByRole("button", { name: "Pick B0DEMO0004" }).click();
  // A competitor the workspace does not track yet, typed as an ASIN: tracked and read at once.
  await page.getByLabel("Or enter an ASIN or product URL").fill("B0GRPE2E01");
  await page.getByRole("button", { name: "Track and add" }).click();
  const rows = page.getByTestId("competitor-row");
  await expect(rows).toHaveCount(4, { timeout: 30_000 });
  await expect(rows.nth(3)).toContainText("B0GRPE2E01");
  // Reorder: the new one to the top.
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Move B0GRPE2E01 up" }).click();
  await expect(rows.first()).toContainText("B0GRPE2E01");
  await expect(page.getByTestId("competitors-error")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("group-builder.png"), fullPage: true });
  await page.getByRole("button", { name: "Save group" }).click();

  await expect(page).toHaveURL(/\/groups\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Earbuds vs the market");
  const matrix = page.getByTestId("comparison-matrix");
  await expect(matrix.locator("thead th[data-role]")).toHaveCount(5);
  await expect(matrix.locator('thead th[data-role="main"]')).toContainText("B0DEMO0001");
  await expect(matrix.locator('tr[data-metric="price"] td').first()).toHaveText(/\$\d/);
  await expect(matrix.locator('tr[data-metric="rank"] td').first()).toHaveText(/^\d of 5$/);
  await expect(matrix.locator('tr[data-metric="v30"] td').first()).toHaveText(/^\d+(\.\d)?$/);
  await expect(matrix).toContainText("lower is better");
  await expect(page.getByTestId("findings").locator("li")).not.toHaveCount(0);
  await expect(page.getByTestId("findings")).toContainText("Largest price gap");
  const features = page.getByTestId("features-comparison");
  await expect(features).toContainText("Competitors say, the main product does not");
  await expect(features.locator("li")).not.toHaveCount(0);

  const charts = page.getByTestId("history-charts");
  await expect(charts.getByTestId("chart-price").locator(".recharts-line")).toHaveCount(5, { timeout: 20_000 });
  await expect(charts.getByTestId("chart-bsr").locator(".recharts-line")).toHaveCount(5);
  await charts.getByRole("button", { name: "90 days" }).click();
  await expect(charts.getByRole("button", { name: "90 days" })).toHaveAttribute("aria-pressed", "true");
  await expect(charts.getByTestId("chart-price").locator(".recharts-line")).toHaveCount(5);
  // The report panel sits under the comparison (the e2e app has a local LLM configured).
  await expect(page.locator("section#report").getByRole("button", { name: "Generate report" })).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath("group-light.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: testInfo.outputPath("group-dark.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("group-phone-dark.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("link", { name: "All groups" }).click();
  const card = page.getByTestId("group-card");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("B0DEMO0001");
  await expect(card).toContainText("4 competitors");
  await page.screenshot({ path: testInfo.outputPath("groups-list.png"), fullPage: true });
});
