// Usage: npm run db:migration -- <name>
// Writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql from the schema diff, in the
// same layout as `prisma migrate dev --create-only` (which needs a native engine we lack).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createMigrationSql } from "../lib/db/migrations/diff-migration";
import { defaultMigrationsDir, LOCKFILE_CONTENT, LOCKFILE_NAME, MIGRATION_FILE_NAME } from "../lib/db/migrations/load-migrations";

// Prisma's timestamps are UTC.
function timestamp(d = new Date()): string {
  return d.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function main(): Promise<void> {
  const rawName = process.argv[2];
  const name = rawName?.trim().toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  if (!name) {
    console.error("Usage: npm run db:migration -- <name>");
    process.exit(2);
  }

  const migrationsDir = defaultMigrationsDir();
  const sql = await createMigrationSql({ migrationsDir });
  if (!sql) {
    console.log("No schema changes");
    return;
  }

  const dir = path.join(migrationsDir, `${timestamp()}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, MIGRATION_FILE_NAME), sql);
  // "wx": keep an existing lockfile untouched.
  await writeFile(path.join(migrationsDir, LOCKFILE_NAME), LOCKFILE_CONTENT, { flag: "wx" }).catch(
    (err: NodeJS.ErrnoException) => {
      if (err.code !== "EEXIST") throw err;
    },
  );
  console.log(`Created ${path.relative(process.cwd(), path.join(dir, MIGRATION_FILE_NAME))}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
