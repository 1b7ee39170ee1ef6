import { type APIResponse, type Browser, type BrowserContext, expect, type Page, type Response, test } from "@playwright/test";
import { signUpNewUser } from "./support/accounts";

// Security headers, a strict CSP that the app itself never trips, and revocable sessions:
// a cookie stops working once its session is ended, whichever way it ends.

type Headers = Record<string, string>;

function expectSecurityHeaders(headers: Headers, where: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${where}: CSP`).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp, `${where}: no inline scripts`).not.toMatch(/script-src [^;]*'unsafe-inline'/);
  expect(csp, `${where}: frame-ancestors`).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"], `${where}: X-Frame-Options`).toBe("DENY");
  expect(headers["x-content-type-options"], `${where}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${where}: Referrer-Policy`).toBeTruthy();
  expect(headers["permissions-policy"], `${where}: Permissions-Policy`).toContain("camera=()");
  expect(headers["x-powered-by"], `${where}: X-Powered-By`).toBeUndefined();
  // The e2e servers answer over plain http, where HSTS must not be sent.
  expect(headers["strict-transport-security"], `${where}: HSTS over http`).toBeUndefined();
}

const nonceOf = (headers: Headers) => /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];

async function headersOf(response: Response | APIResponse | null, status: number, where: string): Promise<Headers> {
  expect(response, where).not.toBeNull();
  expect(response!.status(), `${where}: status`).toBe(status);
  return response!.headers();
}

test("pages, API routes and error pages carry the security headers, with a fresh nonce each time", async ({ page, request }) => {
  const signIn = await headersOf(await page.goto("/sign-in"), 200, "/sign-in");
  expectSecurityHeaders(signIn, "/sign-in");
  // Next.js put this response's nonce on its scripts.
  const nonce = nonceOf(signIn)!;
  expect(await page.locator("script[src]").count()).toBeGreaterThan(0);
  expect(await page.locator("script").evaluateAll((els, n) => els.every((s) => (s as HTMLScriptElement).nonce === n), nonce)).toBe(true);

  expectSecurityHeaders(await headersOf(await request.get("/api/products"), 401, "/api/products signed out"), "/api/products signed out");
  const missing = await headersOf(await request.get("/no-such-page"), 404, "/no-such-page");
  expectSecurityHeaders(missing, "/no-such-page");

  await signUpNewUser(page, "Header Reader");
  const dashboard = await headersOf(await page.goto("/dashboard"), 200, "/dashboard");
  expectSecurityHeaders(dashboard, "/dashboard");
  expect(nonceOf(dashboard)).not.toBe(nonce);
  expectSecurityHeaders(await headersOf(await page.request.get("/api/products"), 200, "/api/products signed in"), "/api/products signed in");
  expectSecurityHeaders(await headersOf(await page.request.get("/no-such-page"), 404, "/no-such-page signed in"), "/no-such-page signed in");
});

/** Collects CSP reports from the console and from securitypolicyviolation events, across navigations. */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(`console: ${msg.text()}`);
  });
  await page.exposeFunction("__reportCspViolation", (v: string) => violations.push(`event: ${v}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[]; __reportCspViolation?: (v: string) => void };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      const v = `${e.violatedDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber} on ${location.pathname}`;
      w.__cspViolations.push(v);
      w.__reportCspViolation?.(v);
    });
  });
  return violations;
}

test("the main journeys raise no Content Security Policy violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchCsp(page);
  const nav = page.getByRole("navigation", { name: "Main navigation" });

  await signUpNewUser(page, "Policy Walker");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await nav.getByRole("link", { name: "Products" }).click();
  await expect(page.getByText("No products yet.")).toBeVisible();
  await page.getByLabel("ASINs or product URLs").fill("B0DA6UWS7H");
  await page.getByRole("button", { name: "Add products" }).click();
  await expect(page.getByTestId("add-report")).toContainText("Added 1 product");
  const row = page.getByTestId("product-row");
  await expect(row.getByTestId("price")).toHaveText(/\$\s?\d/, { timeout: 30_000 });
  await row.getByTestId("product-title").click();
  await expect(page).toHaveURL(/\/products\/c[a-z0-9]+$/);
  await expect(page.getByTestId("bsr-chart")).toBeVisible();

  // A full load of a product page too (not only the client-side navigation).
  await page.reload();
  await expect(page.getByTestId("bsr-chart")).toBeVisible();

  await nav.getByRole("link", { name: "Competitor groups" }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await nav.getByRole("link", { name: "Alerts" }).click();
  await expect(page).toHaveURL(/\/alerts$/);
  await page.goto("/settings/profile");
  await expect(page.getByRole("button", { name: "Change password" })).toBeVisible();

  await page.locator("label", { has: page.getByRole("radio", { name: "Dark" }) }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);

  expect(violations).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
});

async function signIn(browser: Browser, email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return { context, page };
}

/** The other browser's session is over: the API refuses it and pages send it to sign-in. */
async function expectSignedOut(page: Page) {
  expect((await page.request.get("/api/products")).status()).toBe(401);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in$/);
}

test("a session cookie saved before signing out is refused afterwards", async ({ page, context, browser }) => {
  await signUpNewUser(page, "Cookie Keeper");
  const saved = await context.cookies();
  expect(saved.some((c) => /session-token/.test(c.name))).toBe(true);
  expect((await page.request.get("/api/products")).status()).toBe(200);

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // A copy of the old cookie, as a thief would replay it.
  const replay = await browser.newContext({ storageState: { cookies: saved, origins: [] } });
  try {
    await expectSignedOut(await replay.newPage());
  } finally {
    await replay.close();
  }
});

test("changing the password on Settings → Profile ends the other sessions; the new password signs in", async ({ page, browser }) => {
  const { email, password } = await signUpNewUser(page, "Password Changer");
  const other = await signIn(browser, email, password);
  const newPassword = "saffron-glacier-beacon-63";
  try {
    expect((await other.page.request.get("/api/products")).status()).toBe(200);

    await page.goto("/settings/profile");
    await page.getByLabel("Current password").fill(password);
    await page.getByLabel("New password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Password changed. Every other session has been signed out.")).toBeVisible();

    // This browser stays signed in; the other one is out.
    expect((await page.request.get("/api/products")).status()).toBe(200);
    await expectSignedOut(other.page);
  } finally {
    await other.context.close();
  }

  const again = await signIn(browser, email, newPassword);
  await again.context.close();
});

test("“Sign out everywhere” sends this browser to sign-in and signs the other one out too", async ({ page, browser }) => {
  const { email, password } = await signUpNewUser(page, "Everywhere Leaver");
  const other = await signIn(browser, email, password);
  try {
    await page.goto("/settings/profile");
    await expect(page.getByRole("list", { name: "Signed-in devices" }).getByRole("listitem")).toHaveCount(2);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expectSignedOut(page);
    await expectSignedOut(other.page);
  } finally {
    await other.context.close();
  }
});

test("without SMTP, forgot-password explains the command-line reset", async ({ page }) => {
  // Neither e2e server is given SMTP settings (playwright.config.ts), unless the runner's own environment has them.
  test.skip(Boolean(process.env.SMTP_HOST), "the server has SMTP");
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByText("Password reset needs email, and email is not set up on this server.")).toBeVisible();
  await expect(page.locator("code", { hasText: "npm run user:reset-password" })).toBeVisible();
});

test("a missing page or id answers 404, pages and API routes alike, signed in", async ({ page }) => {
  await signUpNewUser(page, "Missing Finder");
  // Ids that exist nowhere, in every route that takes one, and a malformed marketplace. The
  // status is the point: a page for one id sits outside the loading boundary so that
  // notFound() can still set it before the response starts.
  const pages = [
    "/products/no-such-id",
    "/products/no-such-id/alerts",
    "/products/asin/US/B000000000",
    "/products/asin/XX/B000000000",
    "/groups/no-such-id",
    "/groups/no-such-id/edit",
    "/groups/no-such-id/report",
    "/discovery/categories/no-such-id",
    "/settings/no-such-page",
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toContainText(/not found/i);
  }
  for (const path of ["/api/products/no-such-id/history", "/api/products/no-such-id/history.csv", "/api/groups/no-such-id/history"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  // The lists keep their loading boundary and still answer 200.
  expect((await page.goto("/products"))?.status()).toBe(200);
});
