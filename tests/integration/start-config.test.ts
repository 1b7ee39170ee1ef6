import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

// What the server does at start (instrumentation.ts → prepareServer) with a schedule that
// cannot run: it stops, and says which variable is wrong.
describe("starting with a bad schedule", () => {
  it("stops with a message naming the variable", async () => {
    const outcome = await run(path.resolve("node_modules/.bin/tsx"), ["tests/support/prepare-server.ts"], {
      env: { ...process.env, CRAWL_CRON: "every hour please", DATABASE_URL: "", DATA_DIR: "/nonexistent/never-opened" },
    }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.out).toContain("CRAWL_CRON: is not a cron expression this app can run");
    expect(outcome.out).not.toContain("started");
  });
});
