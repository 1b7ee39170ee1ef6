import { expect, test } from "@playwright/test";
import { signUpNewUser } from "./support/accounts";

test("an owner sets email notifications, manages a webhook, rotates its secret and sends a test", async ({ page }) => {
  await signUpNewUser(page, "Hana Alerts");

  // Notifications: email cannot be sent on this server (no SMTP); the page says so and how to
  // turn it on, and the choices it cannot honour are shown but cannot be changed.
  await page.goto("/settings");
  await page.getByRole("link", { name: "Notifications" }).click();
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  await expect(page.getByTestId("email-status")).toContainText("Email cannot be sent");
  await expect(page.getByTestId("email-status")).toContainText("SMTP_HOST");
  await expect(page.getByLabel("Instant: one email per product as soon as a crawl finds changes")).toBeChecked();
  await expect(page.getByLabel("Instant: one email per product as soon as a crawl finds changes")).toBeDisabled();
  await expect(page.getByLabel("Price change", { exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save" })).toBeDisabled();
  await expect(page.getByTestId("digest-preview-empty")).toBeVisible();
  await page.screenshot({ path: "test-results/settings-notifications.png", fullPage: true });

  // Webhooks: a bad URL is refused on its field; a good one shows its secret once.
  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByText("No webhooks yet.")).toBeVisible();
  await page.getByLabel("Endpoint URL").fill("hooks.example.com/in");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByText("Enter a full URL starting with https:// or http://.")).toBeVisible();

  await page.getByLabel("Endpoint URL").fill("https://hooks.example.com/asin-radar");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByText("Webhook added.")).toBeVisible();
  const secret = await page.getByLabel("Signing secret").inputValue();
  expect(secret).toMatch(/^whsec_/);

  const card = page.getByTestId("webhook").filter({ hasText: "https://hooks.example.com/asin-radar" });
  await expect(card.getByText("Active")).toBeVisible();
  await expect(card.getByText("All kinds")).toBeVisible();
  await expect(card.getByText("No deliveries yet.")).toBeVisible();
  // The secret is never shown again; rotating makes a new one, shown once, with a 24 h overlap.
  await expect(card.getByRole("button", { name: "Show secret" })).toHaveCount(0);
  page.once("dialog", (dialog) => dialog.accept());
  await card.getByRole("button", { name: "Rotate secret" }).click();
  await expect(card.getByText("New signing secret created.")).toBeVisible();
  const rotated = await card.getByLabel("Signing secret").inputValue();
  expect(rotated).toMatch(/^whsec_/);
  expect(rotated).not.toBe(secret);
  await expect(card.getByText(/Rotating: the previous secret also signs until/)).toBeVisible();

  // Send test answers right away; this closed network has no hooks.example.com.
  await card.getByRole("button", { name: "Send test" }).click();
  await expect(card.getByText(/Test event not delivered: /)).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: "test-results/settings-webhooks.png", fullPage: true });

  await expect(card.getByText("New signing secret created.")).toBeVisible(); // stays beside the secret
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: "test-results/settings-webhook-card-phone-dark.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: "light" });

  await card.getByRole("button", { name: "Disable" }).click();
  await expect(card.getByText("Disabled", { exact: true })).toBeVisible();

  page.once("dialog", (dialog) => dialog.accept());
  await card.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("No webhooks yet.")).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: "test-results/settings-webhooks-phone-dark.png", fullPage: true });
});
