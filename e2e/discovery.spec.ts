import { expect, test } from "@playwright/test";
import { signUpNewUser } from "./support/accounts";


test("a keyword set saved as a category is searched on request and its new entrants are marked", async ({ page }) => {
  await signUpNewUser(page, "Cat Owner");
  await expect(page.getByTestId("empty-dashboard")).toBeVisible();

  await page.goto("/discovery");
  await expect(page.getByText("No saved categories yet.")).toBeVisible();
  await page.getByLabel("Category name").fill("Earbuds watch");
  await page.getByLabel("Keywords").fill("earbuds\nspeaker");
  await page.getByRole("button", { name: "Save as category" }).click();

  await expect(page).toHaveURL(/\/discovery\/categories\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Earbuds watch" })).toBeVisible();
  await expect(page.getByText("Searched daily at 04:00 UTC.")).toBeVisible();
  await expect(page.getByTestId("last-searched")).toHaveText("not searched yet");

  await page.getByRole("button", { name: "Search now" }).click();
  await expect(page.getByRole("status")).toContainText(/Searched: \d+ new entrants/);
  const table = page.getByTestId("category-candidates");
  await expect(table.locator("tr[data-new]").first()).toContainText("NEW");
  await expect(table).toContainText("earbuds");
  await expect(table).toContainText("speaker");
  await page.screenshot({ path: "test-results/discovery-category.png", fullPage: true });

  await page.getByRole("button", { name: "Stop daily search" }).click();
  await expect(page.getByText("Not scheduled: searched only when you ask.")).toBeVisible();
  await page.getByRole("link", { name: "Back to discovery" }).click();
  await expect(page.getByTestId("category-list")).toContainText("Earbuds watch");
  await expect(page.getByTestId("category-list")).toContainText("on request");
});
