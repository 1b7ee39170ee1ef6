import { expect, test } from "@playwright/test";
import { signUpNewUser } from "./support/accounts";

test("an owner creates an API key in Settings, a client uses it, and revoking it shuts the client out", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUpNewUser(page, "Kenji Keys");
  await page.goto("/settings");
  await page.getByRole("link", { name: "API keys" }).click();
  await expect(page).toHaveURL(/\/settings\/api-keys$/);
  await expect(page.getByText("No API keys yet.")).toBeVisible();

  // A missing name is refused on its field.
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();

  await page.getByLabel("Name").fill("Repricer");
  await page.getByLabel("Write (add and remove products)").check();
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText("Copy this key now: it is shown only once.")).toBeVisible();
  const key = await page.getByLabel("New API key").inputValue();
  expect(key).toMatch(/^ar_live_/);
  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  const row = page.getByTestId("api-key").filter({ hasText: "Repricer" });
  await expect(row).toContainText(key.slice(0, 14));
  await expect(row).toContainText("Never used");
  await page.screenshot({ path: "test-results/settings-api-keys.png", fullPage: true });

  // An outside program with the key: add a product, list it, read it.
  const auth = { Authorization: `Bearer ${key}` };
  const created = await page.request.post("/api/v1/products", { headers: auth, data: { reference: "B0E2EAPI01", marketplace: "US", type: "own" } });
  expect(created.status()).toBe(201);
  const product = await created.json();
  expect(product).toMatchObject({ asin: "B0E2EAPI01", marketplace: "US", type: "own" });
  const list = await page.request.get("/api/v1/products?limit=10", { headers: auth });
  expect(list.headers()["x-request-id"]).toBeTruthy();
  expect((await list.json()).data.map((p: { id: string }) => p.id)).toContain(product.id);
  const bad = await page.request.get("/api/v1/products?limit=1000", { headers: auth });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.issues[0].path).toBe("limit");

  await page.reload();
  await expect(row).toContainText("Last used");
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Revoke Repricer" }).click();
  await expect(row).toContainText("Revoked");
  const refused = await page.request.get("/api/v1/products", { headers: auth });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
});
