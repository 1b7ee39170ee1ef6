import { expect, test } from "@playwright/test";
import { signUpNewUser } from "./support/accounts";

test("a seller pastes ASINs and URLs from three marketplaces, sees bad lines explained, refreshes, and reads the data", async ({ page }, testInfo) => {
  await signUpNewUser(page, "Tracker");

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Products" }).click();
  await expect(page.getByText("No products yet.")).toBeVisible();
  await expect(page.getByText(/simulated demo market/)).toBeVisible();

  await page.getByLabel("ASINs or product URLs").fill(
    [
      "B0DA6UWS7H",
      "https://www.amazon.co.uk/Some-Speaker-Name/dp/B09LVBX5D7/ref=sr_1_3?keywords=speaker",
      "B0BAD",
      "https://www.amazon.de/gp/product/B0UR729ETC?th=1",
      "https://www.example.com/dp/B0DA6UWS7H",
      "B0DA6UWS7H",
    ].join("\n"),
  );
  await page.getByLabel("Type").selectOption("own");
  await page.getByLabel("Tags").fill("audio, q4");
  await page.getByRole("button", { name: "Add products" }).click();

  const report = page.getByTestId("add-report");
  await expect(report).toContainText("Added 3 products.");
  await expect(report).toContainText("3 lines were not added:");
  await expect(report).toContainText("Line 3: “B0BAD” — not a valid ASIN");
  await expect(report).toContainText("Line 5: “https://www.example.com/dp/B0DA6UWS7H” — not an Amazon product URL");
  await expect(report).toContainText("Line 6: B0DA6UWS7H (US) appears earlier, on line 1.");

  const rows = page.getByTestId("product-row");
  await expect(rows).toHaveCount(3);
  // Adding them started their first crawl: the rows fill in without a click.
  for (const row of await rows.all()) await expect(row.getByTestId("price")).toHaveText(/[$£€]\s?\d/, { timeout: 30_000 });
  await expect(page.locator('[data-asin="B09LVBX5D7"]')).toContainText("UK");
  await expect(page.locator('[data-asin="B0UR729ETC"]')).toContainText("DE");

  await page.getByLabel("Select all on this page").check();
  await page.getByRole("toolbar").getByRole("button", { name: "Refresh now" }).click();
  await expect(page.getByText("Read 3 products: 3 readings stored, 0 failed.")).toBeVisible({ timeout: 30_000 });

  for (const asin of ["B0DA6UWS7H", "B09LVBX5D7", "B0UR729ETC"]) {
    const row = page.locator(`[data-asin="${asin}"]`);
    await expect(row.getByTestId("price")).toHaveText(/[$£€]\s?\d/);
    await expect(row.getByTestId("bsr")).toHaveText(/^#[\d,.]+$/);
    await expect(row.getByTestId("rating")).toHaveText(/^\d\.\d$/);
    await expect(row.getByTestId("reviews")).toHaveText(/^[\d,.]+$/);
    await expect(row.getByTestId("freshness")).toContainText(/now|second|minute/);
    await expect(row).toContainText("Demo");
  }
  await expect(page.locator('[data-asin="B09LVBX5D7"]').getByTestId("price")).toContainText("£");
  await expect(page.locator('[data-asin="B0UR729ETC"]').getByTestId("price")).toContainText("€");
  await page.screenshot({ path: testInfo.outputPath("products.png"), fullPage: true });

  // Crawl frequency: daily by default, hourly or weekly on request.
  await expect(page.locator('[data-asin="B0DA6UWS7H"]').getByTestId("frequency")).toContainText("Daily");
  await page.getByLabel("Select all on this page").uncheck();
  await page.getByLabel("Select B0DA6UWS7H").check();
  await page.getByLabel("Set crawl frequency for selected").selectOption("hourly");
  await expect(page.locator('[data-asin="B0DA6UWS7H"]').getByTestId("frequency")).toContainText("Hourly");
  await expect(page.locator('[data-asin="B09LVBX5D7"]').getByTestId("frequency")).toContainText("Daily");

  await page.getByRole("link", { name: "Crawl history" }).click();
  const runs = page.getByTestId("crawl-run");
  // One first crawl per marketplace when they were added, then one "Refresh now" per marketplace.
  await expect(runs).toHaveCount(6);
  await expect(runs.filter({ hasText: "New product" })).toHaveCount(3);
  await expect(runs.first()).toContainText("Refresh now");
  await expect(runs.first()).toContainText("Succeeded");
});

test("the product limit is a clear error and adds nothing", async ({ page }) => {
  await signUpNewUser(page, "Limited");
  await page.goto("/products");
  // 1,001 distinct ASINs: one over the default limit of 1,000.
  const lines = Array.from({ length: 1001 }, (_, i) => `B0${String(i).padStart(8, "0")}`).join("\n");
  await page.getByLabel("ASINs or product URLs").fill(lines);
  await page.getByRole("button", { name: "Add products" }).click();
  await expect(page.getByText("This workspace can track at most 1000 products. 1000 more can be added, and this would add 1001.")).toBeVisible();
  await expect(page.getByText("No products yet.")).toBeVisible();
});
