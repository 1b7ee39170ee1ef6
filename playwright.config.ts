import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// A fresh embedded database for every run; workers inherit the variable from the runner.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "asinradar-e2e-"));
// A second instance of the same build runs on the real Apify source against a local
// Apify-compatible server answering from the day-1/day-2 fixtures, so alerts.spec can crawl
// twice and see real changes; the first instance stays on the demo source for the other specs.
const apifyPort = port + 2000;
const alertsPort = port + 1000;
const alertsBaseURL = `http://localhost:${alertsPort}`;
// The main instance talks to a local OpenAI-compatible server for reports.spec (the real
// provider code path, no network).
const llmPort = port + 3000;
process.env.E2E_ALERTS_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "asinradar-e2e-alerts-"));

// Playwright cannot download its own browser on machines without internet; Debian's
// Chromium works. The flags keep it from dialling out to Google's services.
const debianChromium = "/usr/bin/chromium";
const launchOptions = fs.existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // The README's start command, exactly as a newcomer runs it: build, migrate, serve.
      command: "npm start",
      url: `${baseURL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(port),
        DATA_DIR: process.env.E2E_DATA_DIR,
        NEXTAUTH_URL: baseURL,
        // Every spec signs up from 127.0.0.1; the per-address sign-up limit is tested in vitest.
        SIGN_UP_MAX_PER_HOUR: "10000",
        OPENAI_API_KEY: "e2e-key",
        OPENAI_BASE_URL: `http://127.0.0.1:${llmPort}/v1`,
        OPENAI_MODEL: "e2e-report-model",
      },
    },
    {
      command: "npx tsx e2e/support/openai-e2e-server.ts",
      url: `http://127.0.0.1:${llmPort}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { LLM_E2E_PORT: String(llmPort) },
    },
    {
      command: "npx tsx e2e/support/apify-e2e-server.ts",
      // Unauthenticated requests get 401, which Playwright counts as "up".
      url: `http://127.0.0.1:${apifyPort}/v2/acts/ready`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { APIFY_E2E_PORT: String(apifyPort), APIFY_E2E_TOKEN: "e2e-token" },
    },
    {
      // Started after the first entry finished building; serves the same build.
      command: `npx next start -p ${alertsPort}`,
      url: `${alertsBaseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(alertsPort),
        DATA_DIR: process.env.E2E_ALERTS_DATA_DIR,
        NEXTAUTH_URL: alertsBaseURL,
        SIGN_UP_MAX_PER_HOUR: "10000",
        APIFY_TOKEN: "e2e-token",
        APIFY_BASE_URL: `http://127.0.0.1:${apifyPort}`,
        // No Inngest: the app's own scheduler runs every job, on short schedules so
        // scheduler.spec sees ticks within its wait (croner reads a sixth, seconds field).
        CRAWL_CRON: "*/5 * * * * *",
        DELIVERY_CRON: "*/10 * * * * *",
        DIGEST_CRON: "*/10 * * * * *",
        KEYWORD_SEARCH_CRON: "*/10 * * * * *",
        ANALYSIS_CRON: "*/10 * * * * *",
      },
    },
  ],
});
