import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { openEmbeddedDatabase } from "@/lib/db/open-embedded";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

// What a user runs from a second terminal while the app is up.
async function migrateFromAnotherProcess(dataDir: string) {
  try {
    const { stdout } = await run(tsx, ["scripts/db-migrate.ts"], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
    });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe("embedded database folder", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "asinradar-lock-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("a second process is refused with a clear message while the first holds it, and the data survives", async () => {
    const first = await openEmbeddedDatabase(dataDir);
    await applyMigrations({ kind: "pglite", db: first.pglite });
    await first.pglite.exec(`INSERT INTO "Workspace" (id, name, "updatedAt") VALUES ('w1', 'Kept', now())`);

    const second = await migrateFromAnotherProcess(dataDir);
    expect(second.code).not.toBe(0);
    expect(second.out).toContain("is already open in another process");
    expect(second.out).toContain("DATABASE_URL");

    await first.close();
    const afterRelease = await migrateFromAnotherProcess(dataDir);
    expect(afterRelease).toMatchObject({ code: 0 });
    expect(afterRelease.out).toContain("Database is up to date");

    const reopened = await openEmbeddedDatabase(dataDir);
    expect((await reopened.pglite.query(`SELECT name FROM "Workspace"`)).rows).toEqual([{ name: "Kept" }]);
    await reopened.close();
  });
});
