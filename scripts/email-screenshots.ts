// Renders sample alert emails and screenshots them as a reader would see them: desktop,
// a 390 px phone, dark mode (prefers-color-scheme), and a client's forced dark mode
// (Chromium's automatic darkening, as Gmail and Outlook apps invert emails without asking). `npx tsx scripts/email-screenshots.ts [outDir]` (default
// /tmp/email-screens). Needs Chromium: Debian's /usr/bin/chromium, else Playwright's own.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { chromium } from "@playwright/test";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { renderDigestEmail, renderProductAlertEmail, type RenderedEmail } from "@/lib/alerts/render-alert-emails";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { AnomalyKind } from "@/lib/generated/prisma/enums";
import { sampleAnomaly, sampleDetectedAt, sampleKinds, seedSampleHistory } from "@/tests/support/sample-alert-anomalies";

const outDir = process.argv[2] ?? "/tmp/email-screens";
const appUrl = "https://radar.example.com";
const secret = "screenshot-secret-screenshot-secret";
const recipient = { userId: "user_1", workspaceId: "ws_acme" };

const pglite = new PGlite();
await applyMigrations({ kind: "pglite", db: pglite });
const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
await seedSampleHistory(db);

const product = (kinds: AnomalyKind[], locale: "en" | "zh-CN", timeZone: string) =>
  renderProductAlertEmail({ db, anomalies: kinds.map((k) => sampleAnomaly(k)), locale, timeZone, appUrl, recipient, secret });
const samples: Record<string, Promise<RenderedEmail>> = {
  "price-en": product(["price_change"], "en", "America/New_York"),
  "hijack-multi-en": product(["buy_box_seller_change", "price_change", "title_change"], "en", "Europe/Berlin"),
  "title-zh": product(["title_change", "bsr_change"], "zh-CN", "Asia/Shanghai"),
  "digest-en": renderDigestEmail({
    db,
    anomalies: sampleKinds.map((k) => sampleAnomaly(k)),
    locale: "en",
    timeZone: "UTC",
    appUrl,
    date: sampleDetectedAt,
    recipient,
    secret,
  }),
  "digest-zh": renderDigestEmail({
    db,
    anomalies: sampleKinds.slice(0, 6).map((k) => sampleAnomaly(k)),
    locale: "zh-CN",
    timeZone: "Asia/Shanghai",
    appUrl,
    date: sampleDetectedAt,
    recipient,
    secret,
  }),
};

// The browser cannot resolve cid: references; the attached images go in as data: URLs.
const inlined = (email: RenderedEmail) =>
  email.attachments.reduce((html, a) => html.replaceAll(`cid:${a.cid}`, `data:${a.contentType};base64,${a.content.toString("base64")}`), email.html);

fs.mkdirSync(outDir, { recursive: true });
const executablePath = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const browser = await chromium.launch({ executablePath, args });
const forcedDark = await chromium.launch({ executablePath, args: [...args, "--enable-features=WebContentsForceDark"] });
const views = [
  { name: "desktop", browser, viewport: { width: 1024, height: 800 }, colorScheme: "light" as const },
  { name: "phone", browser, viewport: { width: 390, height: 844 }, colorScheme: "light" as const },
  { name: "dark", browser, viewport: { width: 390, height: 844 }, colorScheme: "dark" as const },
  { name: "forced-dark", browser: forcedDark, viewport: { width: 390, height: 844 }, colorScheme: "light" as const },
];
for (const [name, pending] of Object.entries(samples)) {
  const email = await pending;
  const html = inlined(email);
  fs.writeFileSync(path.join(outDir, `${name}.html`), html);
  fs.writeFileSync(path.join(outDir, `${name}.txt`), `Subject: ${email.subject}\n\n${email.text}`);
  for (const view of views) {
    const page = await view.browser.newPage({ viewport: view.viewport, colorScheme: view.colorScheme, deviceScaleFactor: 1 });
    // Product photos are on Amazon's hosts, unreachable here: a grey square stands in.
    await page.route(/^https?:/, (route) =>
      route.fulfill({
        contentType: "image/svg+xml",
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#d4d4d8"/></svg>',
      }),
    );
    await page.setContent(html, { waitUntil: "load" });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    if (overflow) console.warn(`${name} ${view.name}: wider than the screen`);
    await page.screenshot({ path: path.join(outDir, `${name}-${view.name}.png`), fullPage: true });
    await page.close();
  }
  console.log(`${name}: ${email.subject}`);
}
await browser.close();
await forcedDark.close();
await db.$disconnect();
await pglite.close();
console.log(`Screenshots in ${outDir}`);
