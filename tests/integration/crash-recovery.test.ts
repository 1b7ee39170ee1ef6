import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, describe, expect, it } from "vitest";
import { CRAWL_LEASE_MS } from "@/lib/crawl/crawl-heartbeat";
import { findDueBatches } from "@/lib/crawl/find-due-batches";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { openEmbeddedDatabase } from "@/lib/db/open-embedded";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { crawlInBackground } from "@/lib/jobs/background-crawls";
import { recoverInterruptedWork } from "@/lib/jobs/start-server-jobs";
import { addProducts } from "@/lib/products/add-products";
import { createUserWithWorkspace } from "../support/factories";
import { createTestDatabase, testDatabaseKinds } from "../support/test-database";

const asins = ["B0DEMO0001", "B0DEMO0002"];
const items = asins.map((asin, line) => ({ line, asin, marketplace: "US" as const, kind: "competitor" as const, tags: [] }));
const never = { kind: "apify" as const, fetch: () => new Promise<never>(() => undefined), search: () => new Promise<never>(() => undefined) };

describe("a crawl whose process died", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "asinradar-crash-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("on the embedded database: the run left running is interrupted when the app starts again, and its products are due", async () => {
    const first = await openEmbeddedDatabase(dataDir);
    await applyMigrations({ kind: "pglite", db: first.pglite });
    const db = new PrismaClient({ adapter: new PrismaPGlite(first.pglite) });
    const { workspaceId } = await createUserWithWorkspace(db);
    await addProducts({ db, workspaceId, items });
    const { crawlRunIds } = await crawlInBackground({ db, source: never, batches: [{ workspaceId, marketplace: "US", asins, key: "new:US:x:0" }], trigger: "new_product" });
    expect(await db.crawlRun.findUniqueOrThrow({ where: { id: crawlRunIds[0] } })).toMatchObject({ status: "running" });
    // While it runs, the schedule leaves its products to it.
    expect(await findDueBatches({ db, now: new Date(), batchSize: 200 })).toEqual([]);
    // The process stops here: nothing finishes the crawl.
    await db.$disconnect();
    await first.close();

    const restarted = await openEmbeddedDatabase(dataDir);
    const db2 = new PrismaClient({ adapter: new PrismaPGlite(restarted.pglite) });
    expect(await recoverInterruptedWork({ db: db2, kind: "pglite" })).toBe(1);
    const run = await db2.crawlRun.findUniqueOrThrow({ where: { id: crawlRunIds[0] } });
    expect(run).toMatchObject({ status: "interrupted", error: expect.stringContaining("stopped before it finished") });
    expect((await findDueBatches({ db: db2, now: new Date(), batchSize: 200 })).flatMap((b) => b.asins)).toEqual(asins);
    await db2.$disconnect();
    await restarted.close();
  });

  it.runIf(testDatabaseKinds().includes("postgres"))(
    "on PostgreSQL: a run of a killed process is interrupted once its heartbeat lapsed, not before (other processes may be working)",
    async () => {
      const t = await createTestDatabase("postgres");
      try {
        const { workspaceId } = await createUserWithWorkspace(t.db);
        await addProducts({ db: t.db, workspaceId, items });
        // Node itself with tsx's loader (not the tsx CLI, which would run the script in a
        // grandchild that SIGKILL does not reach).
        const child = spawn(process.execPath, ["--import", "tsx", "tests/support/crawl-then-die.ts"], {
          env: { ...process.env, CRASH_DATABASE_URL: t.url, CRASH_WORKSPACE_ID: workspaceId, CRASH_ASINS: asins.join(",") },
          stdio: ["ignore", "pipe", "inherit"],
        });
        const runId = await new Promise<string>((resolve, reject) => {
          child.stdout.on("data", (chunk: Buffer) => {
            const m = /READY (\S+)/.exec(chunk.toString());
            if (m) resolve(m[1]!);
          });
          child.on("exit", (code) => reject(new Error(`child exited early (${code})`)));
        });
        child.kill("SIGKILL");
        await new Promise((r) => child.once("exit", r));
        const killedAt = Date.now();

        // Restarted at once: the heartbeat is still fresh, so it could be another live process's.
        expect(await recoverInterruptedWork({ db: t.db, kind: "postgres" })).toBe(0);
        // Restarted after the lease: the run is a ghost.
        expect(await recoverInterruptedWork({ db: t.db, kind: "postgres", now: new Date(killedAt + CRAWL_LEASE_MS + 1_000) })).toBe(1);
        expect(await t.db.crawlRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ status: "interrupted" });
        expect((await findDueBatches({ db: t.db, now: new Date(), batchSize: 200 })).flatMap((b) => b.asins)).toEqual(asins);
      } finally {
        await t.close();
      }
    },
  );
});
