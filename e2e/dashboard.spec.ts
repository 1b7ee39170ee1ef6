import { expect, test, type Page } from "@playwright/test";
import { signUpNewUser } from "./support/accounts";

const rows = (page: Page) => page.getByTestId("product-row");
const numberOf = (text: string) => Number(text.replace(/[^\d]/g, ""));

async function bsrValues(page: Page) {
  return (await rows(page).getByTestId("bsr").allTextContents()).filter((t) => t.startsWith("#")).map(numberOf);
}

test("a new seller opens the demo, sorts by BSR, filters to out of stock, searches, tags and pages through the list", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signUpNewUser(page, "Morning Seller");

  await page.getByTestId("empty-dashboard").getByRole("button", { name: "Open the demo workspace" }).click();
  await expect(page.getByTestId("demo-banner")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("summary-tracked").getByTestId("summary-value")).toHaveText("24");
  await expect(rows(page)).toHaveCount(24);
  await expect(rows(page).first()).toContainText("Demo");
  // Every row has a 30-day trend for price and rank, and change badges.
  await expect(rows(page).first().getByRole("img", { name: /BSR over 30 days/ })).toBeVisible();
  await expect(rows(page).first().getByTestId("bsr-change-d7")).toHaveAttribute("data-verdict", /better|worse|neutral/);

  // Sort by BSR: best rank first, and the address says so.
  await page.getByRole("button", { name: "BSR", exact: true }).click();
  await expect(page).toHaveURL(/sort=bsr/);
  await expect(page.getByRole("columnheader", { name: "BSR", exact: true })).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(async () => { const v = await bsrValues(page); return v.length > 0 && v.every((x, i) => i === 0 || v[i - 1]! <= x); }).toBe(true);
  await page.getByRole("button", { name: "BSR", exact: true }).click();
  await expect(page.getByRole("columnheader", { name: "BSR", exact: true })).toHaveAttribute("aria-sort", "descending");
  await expect.poll(async () => { const v = await bsrValues(page); return v.every((x, i) => i === 0 || v[i - 1]! >= x); }).toBe(true);

  // Out of stock: exactly as many rows as the summary card counts.
  const outOfStock = Number(await page.getByTestId("summary-outOfStock").getByTestId("summary-value").textContent());
  await page.getByLabel("Stock", { exact: true }).selectOption("out");
  await expect(page).toHaveURL(/stock=out/);
  if (outOfStock === 0) {
    await expect(page.getByText("No products match these filters.")).toBeVisible();
  } else {
    await expect(rows(page)).toHaveCount(outOfStock);
    for (const stock of await rows(page).getByTestId("stock").allTextContents()) expect(stock).toBe("Out of stock");
  }
  await page.screenshot({ path: testInfo.outputPath("dashboard-out-of-stock.png"), fullPage: true });
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(rows(page)).toHaveCount(24);

  // Search by a word of a title.
  const title = (await rows(page).first().getByTestId("product-title").textContent())!;
  const word = title.split(/\s+/).find((w) => w.length >= 5)!;
  await page.getByLabel("Search by ASIN or title").fill(word);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
  await expect.poll(async () => (await rows(page).getByTestId("product-title").allTextContents()).every((t) => t.toLowerCase().includes(word.toLowerCase()))).toBe(true);
  const found = await rows(page).count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(24);

  // Tag the found products, then filter by that tag.
  await page.getByLabel("Select all on this page").check();
  await page.getByLabel("Tag for selected").fill("morning check");
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByText(/Tag “morning check” added to/)).toBeVisible();
  await page.getByLabel("Search by ASIN or title").fill("");
  await expect(rows(page)).toHaveCount(24);
  await page.getByLabel("Tag", { exact: true }).selectOption("morning check");
  await expect(rows(page)).toHaveCount(found);
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(rows(page)).toHaveCount(24);

  // Ten per page: three pages, each product once, and the back button returns to page 1.
  await page.getByLabel("Products per page").selectOption("10");
  await expect(page.getByTestId("page-indicator")).toHaveText("Page 1 of 3");
  await expect(rows(page)).toHaveCount(10);
  const firstPage = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-asin")));
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByTestId("page-indicator")).toHaveText("Page 2 of 3");
  await expect(page).toHaveURL(/page=2/);
  await expect.poll(async () => (await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-asin")))).some((a) => firstPage.includes(a))).toBe(false);
  await page.getByRole("button", { name: "Last page" }).click();
  await expect(page.getByTestId("page-indicator")).toHaveText("Page 3 of 3");
  await expect(rows(page)).toHaveCount(4);
  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId("page-indicator")).toHaveText("Page 1 of 3");

  // A shared link opens the same view.
  await page.goto("/dashboard?sort=bsr&size=10&page=2");
  await expect(page.getByTestId("page-indicator")).toHaveText("Page 2 of 3");
  await expect(page.getByRole("columnheader", { name: "BSR", exact: true })).toHaveAttribute("aria-sort", "ascending");
});

test("the dashboard in light and dark, English and Chinese, and at phone width", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signUpNewUser(page, "Screenshot Seller");
  await page.getByTestId("empty-dashboard").getByRole("button", { name: "Open the demo workspace" }).click();
  await expect(rows(page)).toHaveCount(24, { timeout: 30_000 });

  for (const locale of ["en", "zh-CN"] as const) {
    if (locale === "zh-CN") {
      await page.goto("/settings/profile");
      await page.getByLabel("Language").selectOption("zh-CN");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await page.goto("/dashboard");
      await expect(page.getByTestId("summary-tracked")).toContainText("跟踪的商品");
    }
    for (const theme of ["light", "dark"] as const) {
      const name = locale === "en" ? (theme === "light" ? "Light" : "Dark") : theme === "light" ? "浅色" : "深色";
      await page.locator("label", { has: page.getByRole("radio", { name }) }).click();
      await expect(page.locator("html")).toHaveClass(new RegExp(theme));
      await expect(rows(page)).toHaveCount(24);
      await page.screenshot({ path: testInfo.outputPath(`dashboard-${locale}-${theme}.png`), fullPage: true });
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(rows(page)).toHaveCount(24);
  // The page itself does not scroll sideways; only the table's frame does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath("dashboard-phone.png"), fullPage: true });
});
