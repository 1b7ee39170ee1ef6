import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import lockfile from "proper-lockfile";
import { AppError } from "@/lib/errors/app-error";

export type EmbeddedDatabase = { pglite: PGlite; dir: string; close: () => Promise<void> };

// PGlite is a single-process database: two processes writing the same folder corrupt it.
// A lock file (kept fresh while we run, stale after a crash) makes the second opener fail
// with a message instead.
const STALE_MS = 30_000;

export async function openEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const dir = path.join(dataDir, "pglite");
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dataDir, "pglite.lock");

  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: lockPath,
      stale: STALE_MS,
      onCompromised: (err) => {
        // Someone else may now be writing the folder; stopping is the only safe move.
        console.error(`[db] lost the lock on ${dir}: ${err.message}. Stopping to protect the data.`);
        process.exit(1);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ELOCKED") {
      throw new AppError(
        "DATABASE_LOCKED",
        `The embedded database in ${dir} is already open in another process (is the app running?). ` +
          `Stop that process first, or set DATABASE_URL to use a PostgreSQL server that several processes can share.`,
      );
    }
    throw err;
  }

  try {
    const pglite = new PGlite(dir);
    await pglite.waitReady;
    return {
      pglite,
      dir,
      close: async () => {
        await pglite.close();
        await release();
      },
    };
  } catch (err) {
    await release();
    throw err;
  }
}
