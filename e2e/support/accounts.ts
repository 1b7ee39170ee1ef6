import { expect, type Page } from "@playwright/test";

export const uniqueSuffix = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** Signs up through the form as a newcomer would, with a fresh email; lands on the dashboard. */
export async function signUpNewUser(page: Page, name: string, password = "violet-harbour-lantern-42") {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${uniqueSuffix()}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return { email, password };
}
