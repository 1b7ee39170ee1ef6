import { readFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { LOCKFILE_CONTENT, loadMigrations } from "@/lib/db/migrations/load-migrations";
import { NO_FILTERS, pgliteMigrationFactory, withSchemaEngine } from "@/lib/db/migrations/schema-engine";

/**
 * SQL that brings a database at the end of the existing migrations to the schema file — what
 * `prisma migrate dev --create-only` would write. The engine replays the migrations on a shadow
 * database; an in-memory PGlite provides it, so no server is needed. Returns "" when in sync.
 */
export async function createMigrationSql(
  opts: { schemaPath?: string; migrationsDir?: string } = {},
): Promise<string> {
  const schemaPath = path.resolve(opts.schemaPath ?? path.join(process.cwd(), "prisma/schema.prisma"));
  const content = await readFile(schemaPath, "utf8");
  const loaded = await loadMigrations(opts.migrationsDir);
  // The engine refuses a "migrations" source without a lockfile (it names the provider); the
  // first migration is generated before one exists, so assume the standard one.
  const migrationsList = { ...loaded, lockfile: { ...loaded.lockfile, content: loaded.lockfile.content ?? LOCKFILE_CONTENT } };

  // The engine needs a main connection even though diff only touches the shadow database.
  const scratch = await PGlite.create();
  try {
    const { stdout } = await withSchemaEngine(
      pgliteMigrationFactory(scratch),
      (engine) =>
        engine.diff({
          // Even with no migrations yet, replay-from-"migrations" (not "empty") matches
          // `migrate dev`: the shadow db already has "public", so no CREATE SCHEMA is emitted.
          from: { tag: "migrations", ...migrationsList },
          to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
          script: true,
          exitCode: null,
          filters: NO_FILTERS,
        }),
      [[schemaPath, content]],
    );
    return isEmptyDiff(stdout) ? "" : (stdout ?? "");
  } finally {
    await scratch.close();
  }
}

// With no changes the engine prints only this comment (Prisma CLI: "-- This is an empty migration.").
function isEmptyDiff(sql: string | null): boolean {
  const meaningful = (sql ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("--"));
  return meaningful.length === 0;
}
