import { expect, test, type Page } from "@playwright/test";
import { signUpNewUser, uniqueSuffix as unique } from "./support/accounts";


async function openUserMenu(page: Page, name: string) {
  await page.getByRole("button", { name: /Account menu|账户菜单/ }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  return name;
}

test("a newcomer signs up, lands in their workspace, switches to 中文 and back, signs out and in again", async ({ page }) => {
  const email = `newcomer-${unique()}@example.test`;
  const password = "copper-meadow-falcon-17";

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole("link", { name: "Create an account" }).click();

  await page.getByLabel("Your name").fill("Lin Wei");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByText("Welcome, Lin Wei")).toBeVisible();
  await expect(page.getByTestId("workspace-name")).toHaveText("Lin Wei's workspace");
  await expect(page.getByText("Owner")).toBeVisible();

  // Language: a user setting, applied to every page at once.
  await openUserMenu(page, "Lin Wei");
  await page.getByRole("menuitem", { name: "Your profile" }).click();
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await page.getByLabel("Language").selectOption("zh-CN");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "设置" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "仪表盘" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  await page.getByRole("link", { name: "仪表盘" }).click();
  await expect(page.getByText("欢迎，Lin Wei")).toBeVisible();

  await page.getByRole("link", { name: "设置" }).click();
  await page.getByRole("link", { name: "个人资料" }).click();
  await page.getByLabel("语言").selectOption("en");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // Sign out, then back in with the keyboard only.
  await openUserMenu(page, "Lin Wei");
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByLabel("Password").press("Enter");
  await expect(page.getByText("The email or password is not correct.")).toBeVisible();

  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Password").press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Welcome, Lin Wei")).toBeVisible();
});

test.describe("in a Chinese browser", () => {
  test.use({ locale: "zh-CN" });

  test("sign-up explains bad input per field in Chinese and creates nothing", async ({ page }) => {
    const email = `taken-${unique()}@example.test`;
    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { level: 1, name: "创建账户" })).toBeVisible();

    await page.getByLabel("你的名字").fill("");
    await page.getByLabel("邮箱").fill("not-an-email");
    await page.getByLabel("密码").fill("short");
    await page.getByRole("button", { name: "创建账户" }).click();
    await expect(page.getByText("此项为必填。")).toBeVisible();
    await expect(page.getByText("请输入有效的邮箱地址。")).toBeVisible();
    await expect(page.getByText("至少需要 12 个字符。")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up$/);

    // The rejected address was not registered: signing up with it now works...
    await page.getByLabel("你的名字").fill("王芳");
    await page.getByLabel("邮箱").fill(email);
    await page.getByLabel("密码").fill("quiet-orchard-compass-88");
    await page.getByRole("button", { name: "创建账户" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId("workspace-name")).toHaveText("王芳 的工作区");

    // ...and a second sign-up with the same address creates nothing either. Sign-up does not
    // reveal which addresses have accounts: it asks to check the inbox (the owner got an email).
    await page.context().clearCookies();
    await page.goto("/sign-up");
    await page.getByLabel("你的名字").fill("Someone else");
    await page.getByLabel("邮箱").fill(email.toUpperCase());
    await page.getByLabel("密码").fill("amber-thistle-voyage-29");
    await page.getByRole("button", { name: "创建账户" }).click();
    await expect(page.getByText("如果该邮箱已有账户，我们已向其所有者发送邮件；请直接登录或重置密码。")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up$/);
  });
});

test("health reports the database and the applied migration", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ status: "ok", database: { reachable: true, kind: "pglite" } });
  expect(body.database.latestMigration).toMatch(/^\d{14}_\w+$/);
});

test("the signed-in pages look right in light and dark themes", async ({ page }, testInfo) => {
  await signUpNewUser(page, "Theme Tester");

  for (const theme of ["Light", "Dark"] as const) {
    // The radios are visually hidden; people click their icon label.
    await page.locator("label", { has: page.getByRole("radio", { name: theme }) }).click();
    await expect(page.getByRole("radio", { name: theme })).toBeChecked();
    await expect(page.locator("html")).toHaveClass(theme === "Dark" ? /dark/ : /light/);
    await page.screenshot({ path: testInfo.outputPath(`dashboard-${theme.toLowerCase()}.png`), fullPage: true });
  }
  // The choice survives a reload.
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("a newcomer opens the demo workspace from the empty dashboard, sees it labelled, and can delete it", async ({ page }) => {
  await signUpNewUser(page, "Demo Visitor");
  await expect(page.getByTestId("empty-dashboard")).toBeVisible();

  await page.getByTestId("empty-dashboard").getByRole("button", { name: "Open the demo workspace" }).click();
  await expect(page.getByTestId("demo-banner")).toContainText("simulated market");
  await expect(page.getByTestId("workspace-name")).toHaveText("Demo workspace");

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Products" }).click();
  await expect(page.getByTestId("product-row")).toHaveCount(24);
  await expect(page.getByTestId("product-row").first()).toContainText("Demo");

  // Back to the user's own workspace with the switcher, then delete the demo.
  await page.getByLabel("Workspace").selectOption({ label: "Demo Visitor's workspace" });
  await expect(page.getByTestId("workspace-name")).toHaveText("Demo Visitor's workspace");
  await expect(page.getByTestId("demo-banner")).toHaveCount(0);
  await page.getByLabel("Workspace").selectOption({ label: "Demo workspace (Demo)" });
  await expect(page.getByTestId("demo-banner")).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Delete demo workspace" }).click();
  await expect(page.getByTestId("workspace-name")).toHaveText("Demo Visitor's workspace");
  await expect(page.getByLabel("Workspace")).toHaveCount(0);
});
