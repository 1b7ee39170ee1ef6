import { expect, test } from "@playwright/test";
import { workspaceUrl } from "../lib/links/workspace-url";
import { signUpNewUser } from "./support/accounts";

// An alert email's product link, built the way the emails build it (lib/alerts/describe-anomaly):
// it must open that product in that workspace whatever the browser has active, and survive a
// sign-in. The user's two workspaces are their own and the demo, both made through the UI.
test("a workspace link opens the product in its workspace, survives a sign-in, and is 404 for anyone else", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const account = await signUpNewUser(page, "Link Follower");
  const ownName = await page.getByTestId("workspace-name").textContent();
  await page.getByTestId("empty-dashboard").getByRole("button", { name: "Open the demo workspace" }).click();
  // Making the demo (24 products, 90 days of readings) takes a while on a busy machine.
  await expect(page.getByTestId("demo-banner")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("workspace-name")).toHaveText("Demo workspace");
  const switcher = page.getByRole("combobox", { name: "Workspace" });
  const demoId = await switcher.inputValue();

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Products" }).click();
  const firstTitle = page.getByTestId("product-row").first().getByTestId("product-title");
  const productTitle = (await firstTitle.textContent())!;
  const productPath = (await firstTitle.getAttribute("href"))!;
  expect(productPath).toMatch(/^\/products\/c[a-z0-9]+$/);

  // Back to the user's own workspace: the demo is no longer active in this browser.
  const ownId = await switcher.locator("option").filter({ hasNotText: "Demo" }).getAttribute("value");
  await switcher.selectOption(ownId!);
  await expect(page.getByTestId("workspace-name")).toHaveText(ownName!);
  // Without the workspace in the link, that id is not in the active workspace.
  await expect(page.getByTestId("workspace-name")).not.toHaveText("Demo workspace");

  const at = new Date().toISOString();
  const link = workspaceUrl(baseURL!, demoId, `${productPath}?at=${encodeURIComponent(at)}`);
  await page.goto(link);
  await expect(page).toHaveURL(`${baseURL}${productPath}?at=${encodeURIComponent(at)}`);
  await expect(page.getByTestId("product-title")).toHaveText(productTitle);
  await expect(page.getByTestId("workspace-name")).toHaveText("Demo workspace");
  await expect(switcher).toHaveValue(demoId);
  // The switch sticks: the next page is in the demo workspace too.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Products" }).click();
  await expect(page.getByTestId("product-row")).toHaveCount(24);

  // The bare in-app URL from the other workspace lands too (through its /w link).
  await switcher.selectOption(ownId!);
  await expect(page.getByTestId("workspace-name")).toHaveText(ownName!);
  await page.goto(productPath);
  await expect(page).toHaveURL(`${baseURL}${productPath}`);
  await expect(page.getByTestId("product-title")).toHaveText(productTitle);
  await expect(page.getByTestId("workspace-name")).toHaveText("Demo workspace");

  // A fresh, signed-out browser: sign in, then straight to the product.
  const fresh = await browser.newContext();
  const visitor = await fresh.newPage();
  await visitor.goto(link);
  await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=/);
  expect(new URL(visitor.url()).searchParams.get("callbackUrl")).toBe(`/w/${demoId}${productPath}?at=${encodeURIComponent(at)}`);
  await visitor.getByLabel("Email").fill(account.email);
  await visitor.getByLabel("Password").fill(account.password);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor).toHaveURL(`${baseURL}${productPath}?at=${encodeURIComponent(at)}`);
  await expect(visitor.getByTestId("product-title")).toHaveText(productTitle);
  await expect(visitor.getByTestId("workspace-name")).toHaveText("Demo workspace");
  await fresh.close();

  // Signed out with the bare in-app URL: sign in, then on to the product in its workspace.
  const bare = await browser.newContext();
  const reader = await bare.newPage();
  await reader.goto(productPath);
  await expect(reader).toHaveURL(/\/sign-in\?callbackUrl=/);
  await reader.getByLabel("Email").fill(account.email);
  await reader.getByLabel("Password").fill(account.password);
  await reader.getByRole("button", { name: "Sign in" }).click();
  await expect(reader).toHaveURL(`${baseURL}${productPath}`);
  await expect(reader.getByTestId("product-title")).toHaveText(productTitle);
  await expect(reader.getByTestId("workspace-name")).toHaveText("Demo workspace");
  await bare.close();

  // Someone else, signed in: the link and the bare id are both just "not found".
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await signUpNewUser(stranger, "Link Stranger");
  const response = await stranger.goto(link);
  expect(response?.status()).toBe(404);
  await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // The bare id renders the not-found page too (streamed after the app's loading state, so its
  // status is already 200 by then), and the stranger stays in their own workspace.
  await stranger.goto(productPath);
  await expect(stranger).toHaveURL(`${baseURL}${productPath}`);
  await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await stranger.goto("/dashboard");
  await expect(stranger.getByTestId("workspace-name")).toHaveText("Link Stranger's workspace");
  await other.close();
});

test("a sign-in link cannot send the visitor off the site", async ({ page, baseURL }) => {
  const account = await signUpNewUser(page, "Redirect Prober");
  await page.context().clearCookies();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("//evil.example/phish")}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/dashboard`);
  // A /w link to an address off the site is not followed either.
  expect((await page.goto("/w/cnosuchworkspace/%2F%2Fevil.example"))?.status()).toBe(404);
});

test("a seller sets their time zone and quiet hours in the profile", async ({ page }) => {
  await signUpNewUser(page, "Night Owl");
  await page.goto("/settings/profile");
  const form = page.getByRole("form", { name: "Time zone and quiet hours" });
  await expect(form.getByTestId("quiet-hours-summary")).toHaveText("No quiet hours: alerts are sent as soon as they are found.");
  await form.getByLabel("Time zone").selectOption("Europe/Berlin");
  await form.getByLabel("Quiet hours start").fill("22:00");
  await form.getByLabel("Quiet hours end").fill("22:00");
  await form.getByRole("button", { name: "Save time settings" }).click();
  await expect(form.getByText("Quiet hours must end at a different time than they start.")).toBeVisible();
  await form.getByLabel("Quiet hours end").fill("07:00");
  await form.getByRole("button", { name: "Save time settings" }).click();
  await expect(form.getByText("Saved")).toBeVisible();
  await page.reload();
  await expect(form.getByTestId("quiet-hours-summary")).toHaveText("Quiet from 22:00 to 07:00 (Europe/Berlin).");
  await expect(form.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
});
