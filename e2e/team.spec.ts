import { expect, test } from "@playwright/test";
import { signUpNewUser, uniqueSuffix } from "./support/accounts";

// The e2e server runs without SMTP, so the Members page shows the invitation link to copy.
test("an owner invites a teammate by link, who joins as member, is turned into a viewer, then removed", async ({ page: owner, browser }) => {
  await signUpNewUser(owner, "Team Owner");
  const workspaceName = (await owner.getByTestId("workspace-name").textContent())!;
  await owner.goto("/products");
  await owner.getByLabel("ASINs or product URLs").fill("B0DA6UWS7H");
  await owner.getByRole("button", { name: "Add products" }).click();
  await expect(owner.getByTestId("product-row")).toHaveCount(1);

  await owner.goto("/settings");
  await owner.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Members" }).click();
  const email = `teammate-${uniqueSuffix()}@example.test`;
  const inviteForm = owner.getByRole("form", { name: "Invite someone" });
  await inviteForm.getByLabel("Email").fill(email);
  await inviteForm.getByLabel("Role").selectOption("member");
  await inviteForm.getByRole("button", { name: "Invite" }).click();
  await expect(owner.getByText(`Email is not set up on this server (SMTP), so no email was sent. Send this link to ${email} yourself:`)).toBeVisible();
  const link = await owner.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
  await expect(owner.getByTestId("invitation").filter({ hasText: email })).toContainText("Member");

  // Signed in with another address, the link explains instead of offering to accept.
  await owner.goto(new URL(link).pathname);
  await expect(owner.getByRole("main").getByRole("alert")).toHaveText(/is for teammate-.*@example\.test\. Sign out and sign in with that address/);
  await expect(owner.getByRole("button", { name: "Accept and join" })).toHaveCount(0);
  await owner.goto("/settings/members");

  // The teammate has no account: from the link to sign-up (address pre-filled) and back.
  const context = await browser.newContext();
  const mate = await context.newPage();
  await mate.goto(new URL(link).pathname);
  await expect(mate.getByRole("heading", { name: `Join ${workspaceName}` })).toBeVisible();
  await mate.getByRole("link", { name: "Create an account" }).click();
  await expect(mate.getByLabel("Email")).toHaveValue(email);
  await mate.getByLabel("Your name").fill("Tess Teammate");
  await mate.getByLabel("Password").fill("violet-harbour-lantern-42");
  await mate.getByRole("button", { name: "Create account" }).click();
  await expect(mate).toHaveURL(/\/invite\//);
  await mate.getByRole("button", { name: "Accept and join" }).click();
  await expect(mate).toHaveURL(/\/dashboard$/);
  await expect(mate.getByTestId("workspace-name")).toHaveText(workspaceName);
  await expect(mate.getByText(`${workspaceName} · Member`)).toBeVisible();
  // Their own workspace and the one they joined, both in the switcher.
  const switcher = mate.getByRole("combobox", { name: "Workspace", exact: true });
  await expect(switcher.getByRole("option")).toHaveText(["Tess Teammate's workspace", workspaceName]);

  // A member edits products but cannot manage members.
  await mate.goto("/products");
  await expect(mate.getByRole("button", { name: "Add products" })).toBeVisible();
  await expect(mate.getByRole("toolbar")).toBeVisible();
  await mate.goto("/settings");
  await expect(mate.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Members" })).toHaveCount(0);
  await mate.goto("/settings/members");
  await expect(mate.getByTestId("members-forbidden")).toHaveText("Only owners and admins can manage members.");
  await expect(mate.getByRole("form", { name: "Invite someone" })).toHaveCount(0);

  // The owner makes them a viewer: the edit controls are gone on their next page.
  await owner.reload();
  await expect(owner.getByTestId("invitation")).toHaveCount(0);
  const row = owner.getByTestId("member").filter({ hasText: email });
  await row.getByLabel("Role of Tess Teammate").selectOption("viewer");
  await expect(row.getByLabel("Role of Tess Teammate")).toHaveValue("viewer");
  await owner.reload();
  await expect(owner.getByTestId("member").filter({ hasText: email }).getByLabel("Role of Tess Teammate")).toHaveValue("viewer");

  await mate.goto("/products");
  await expect(mate.getByText(`${workspaceName} · Viewer`)).toBeVisible();
  await expect(mate.getByTestId("product-row")).toHaveCount(1);
  await expect(mate.getByRole("button", { name: "Add products" })).toHaveCount(0);
  await expect(mate.getByRole("toolbar")).toHaveCount(0);
  await mate.getByTestId("product-title").click();
  await expect(mate).toHaveURL(/\/products\/[^/]+$/);
  const productPath = new URL(mate.url()).pathname;
  await expect(mate.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(mate.getByText("You can view these settings; changing them needs the member role or higher.")).toBeVisible();
  await expect(mate.getByRole("button", { name: "Refresh now" })).toHaveCount(0);
  // The product's settings stay readable, as a disabled form (the page's own design for viewers).
  await expect(mate.getByRole("button", { name: "Save settings" })).toBeDisabled();

  // Removed: the next request no longer reaches the workspace.
  owner.once("dialog", (d) => void d.accept());
  await owner.getByTestId("member").filter({ hasText: email }).getByRole("button", { name: "Remove" }).click();
  await expect(owner.getByTestId("member").filter({ hasText: email })).toHaveCount(0);
  await mate.goto("/products");
  await expect(mate.getByTestId("workspace-name")).not.toHaveText(workspaceName);
  await expect(mate.getByRole("option", { name: workspaceName })).toHaveCount(0);
  expect((await mate.goto(productPath))?.status()).toBe(404);
  await context.close();
});
