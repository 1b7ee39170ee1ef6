import fs from "node:fs/promises";
import Papa from "papaparse";
import { expect, test, type Download, type Page } from "@playwright/test";
import { signUpNewUser } from "./support/accounts";

const BOM = "\uFEFF";

async function readCsv(download: Download) {
  const text = await fs.readFile(await download.path(), "utf8");
  expect(text.startsWith(BOM), "CSV starts with the UTF-8 byte-order mark").toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data, filename: download.suggestedFilename() };
}

async function setTheme(page: Page, theme: "light" | "dark") {
  await page.evaluate((value) => localStorage.setItem("theme", value), theme);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(new RegExp(theme));
}

test("a seller opens a demo product, switches ranges, reads a tooltip, downloads the history and reads the change log", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signUpNewUser(page, "Chart Reader");
  await page.getByTestId("empty-dashboard").getByRole("button", { name: "Open the demo workspace" }).click();
  await expect(page.getByTestId("workspace-name")).toHaveText("Demo workspace");

  // The product list, and its CSV export: every product with its marketplace and currency.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Products" }).click();
  await expect(page.getByTestId("product-row")).toHaveCount(24);
  const asin = (await page.getByTestId("product-row").first().getAttribute("data-asin"))!;
  const [listDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const list = await readCsv(listDownload);
  expect(list.filename).toMatch(/^products-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(list.rows).toHaveLength(24);
  expect(list.fields).toEqual(expect.arrayContaining(["asin", "marketplace", "currency", "price", "bsr", "title", "last_reading_at"]));
  const listed = list.rows.find((r) => r.asin === asin)!;
  expect(listed.currency).toMatch(/^[A-Z]{3}$/);
  expect(listed.last_reading_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  // Japanese titles survive the export.
  expect(list.rows.filter((r) => r.marketplace === "JP").some((r) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(r.title!))).toBe(true);

  // Open the product by marketplace and ASIN.
  await page.goto(`/products/asin/${listed.marketplace}/${asin}`);
  await expect(page).toHaveURL(/\/products\/c[a-z0-9]+$/);
  const productUrl = page.url();
  await expect(page.getByTestId("product-title")).toHaveText(listed.title!);
  await expect(page.getByText(`Marketplace ${listed.marketplace}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "90 days" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("reading-count")).toContainText(/9[01] readings in this range/);

  // Switch the range: the charts reload for 30 days.
  await page.getByRole("button", { name: "30 days" }).click();
  await expect(page.getByRole("button", { name: "30 days" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("reading-count")).toContainText(/3[01] readings in this range/);
  const readings = Number(await page.getByTestId("reading-count").getAttribute("data-count"));
  await expect(page.getByTestId("bsr-chart")).toBeVisible();

  // Hover the BSR chart: the tooltip shows the reading's date and its exact rank.
  const chart = page.getByTestId("bsr-chart").locator(".recharts-surface");
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await chart.hover({ position: { x: box.width * 0.6, y: box.height / 2 } });
  const tooltip = page.getByTestId("chart-tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator("time")).toHaveText(/\b20\d\d\b/);
  await expect(tooltip.getByTestId("chart-tooltip-value")).toHaveText(/^#[\d,]+$/);

  // Download the history of this range: one row per reading, the latest matching the header.
  const [historyDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  const history = await readCsv(historyDownload);
  expect(history.filename).toMatch(new RegExp(`^${asin}-${listed.marketplace}-history-30d-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  expect(history.fields.slice(0, 4)).toEqual(["captured_at", "asin", "marketplace", "currency"]);
  expect(history.rows).toHaveLength(readings);
  expect(new Set(history.rows.map((r) => r.currency))).toEqual(new Set([listed.currency]));
  const latestBsr = (await page.getByTestId("latest-bsr").textContent())!.replace(/\D/g, "");
  expect(history.rows.at(-1)!.bsr).toBe(latestBsr);
  expect(history.rows.at(-1)!.captured_at).toBe(listed.last_reading_at);

  // The change log is on the page.
  await expect(page.getByRole("heading", { name: "Listing changes" })).toBeVisible();
  await expect(page.getByTestId("listing-change").first().or(page.getByTestId("listing-changes-empty"))).toBeVisible();

  // A link from an alert 150 days back opens a range that contains it, marked on the charts.
  const at = new Date(Date.now() - 150 * 86_400_000).toISOString();
  await page.goto(`${productUrl}?at=${encodeURIComponent(at)}`);
  await expect(page.getByRole("button", { name: "1 year" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("price-chart").getByText("Alert")).toBeVisible();

  // Screenshots in light and dark, English and Chinese (looked at by people, not asserted).
  await page.goto(productUrl);
  await expect(page.getByTestId("price-chart").locator(".recharts-line").first()).toBeVisible();
  for (const theme of ["light", "dark"] as const) {
    await setTheme(page, theme);
    await page.screenshot({ path: testInfo.outputPath(`product-en-${theme}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("product-en-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.goto("/settings/profile");
  await page.getByLabel("Language").selectOption("zh-CN");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.goto(productUrl);
  await expect(page.getByRole("button", { name: "90 天" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("heading", { name: "商品信息变更" })).toBeVisible();
  for (const theme of ["light", "dark"] as const) {
    await setTheme(page, theme);
    await expect(page.getByTestId("price-chart").locator(".recharts-line").first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`product-zh-${theme}.png`), fullPage: true });
  }
});

test("the change log shows a competitor's title edit with the old and new title", async ({ page }) => {
  await signUpNewUser(page, "Change Watcher");
  await page.getByTestId("empty-dashboard").getByRole("button", { name: "Open the demo workspace" }).click();
  await expect(page.getByTestId("workspace-name")).toHaveText("Demo workspace");

  const res = await page.request.get("/api/products/export.csv");
  const products = Papa.parse<Record<string, string>>((await res.text()).slice(1), { header: true, skipEmptyLines: true }).data;
  // The simulated market edits a title now and then; find a product whose log has one.
  let found = false;
  for (const p of products) {
    await page.goto(`/products/asin/${p.marketplace}/${p.asin}`);
    await expect(page.getByTestId("listing-changes")).toBeVisible();
    const change = page.locator('[data-testid="listing-change"][data-kind="listing"]').first();
    if ((await change.count()) === 0) continue;
    const before = await change.getByTestId("title-before").textContent();
    const after = await change.getByTestId("title-after").textContent();
    expect(before).not.toBe(after);
    // The newest change ends at the title the listing has now.
    expect(after).toBe(p.title);
    await expect(change.locator("time")).toHaveText(/UTC$/);
    found = true;
    break;
  }
  expect(found).toBe(true);
});
