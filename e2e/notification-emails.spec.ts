import { expect, test } from "@playwright/test";
import { signUpNewUser } from "./support/accounts";

test("Settings → Notifications previews the digest of the demo workspace's recent alerts", async ({ page }) => {
  await signUpNewUser(page, "Dora Digest");
  await page.getByTestId("empty-dashboard").getByRole("button", { name: "Open the demo workspace" }).click();
  await expect(page.getByTestId("demo-banner")).toBeVisible({ timeout: 30_000 });

  await page.goto("/settings/notifications");
  await expect(page.getByTestId("digest-preview-subject")).toContainText(/^Alert digest .+: \d+ alerts?/);
  const frame = page.frameLocator('[data-testid="digest-preview"]');
  await expect(frame.getByRole("heading", { level: 1 })).toContainText("Your alerts,");
  await expect(frame.locator("p", { hasText: /changes? on \d+ products?:/ })).toBeVisible();
  // Links in the preview name the workspace, as in the sent email.
  const href = await frame.getByRole("link", { name: "Open in ASIN Radar" }).first().getAttribute("href");
  expect(href).toMatch(/\/w\/[^/]+\/products\/[^/?]+\?at=/);
  await page.screenshot({ path: "test-results/settings-digest-preview.png", fullPage: true });
});
