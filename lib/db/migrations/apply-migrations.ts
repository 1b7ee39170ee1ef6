import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { loadMigrations } from "@/lib/db/migrations/load-migrations";
import { NO_FILTERS, pgliteMigrationFactory, withSchemaEngine } from "@/lib/db/migrations/schema-engine";

export type MigrationTarget = { kind: "pglite"; db: PGlite } | { kind: "postgres"; connectionString: string };

function factoryFor(target: MigrationTarget): SqlMigrationAwareDriverAdapterFactory {
  // PGlite: reuse the caller's instance — only one handle may own a data folder, and the
  // adapter never closes it. Postgres: a private pool, ended when the engine is done.
  return target.kind === "pglite" ? pgliteMigrationFactory(target.db) : new PrismaPg({ connectionString: target.connectionString });
}

/**
 * Applies pending migrations exactly like `prisma migrate deploy` (same `_prisma_migrations`
 * bookkeeping, checksums and advisory lock), so either tool can be used on the same database.
 * Returns the names applied now; `[]` when already up to date.
 */
export async function applyMigrations(
  target: MigrationTarget,
  opts: { migrationsDir?: string } = {},
): Promise<{ applied: string[] }> {
  const migrationsList = await loadMigrations(opts.migrationsDir);
  // Skip the engine entirely when there is nothing on disk (e.g. a misplaced cwd would
  // otherwise silently create an empty _prisma_migrations table).
  if (migrationsList.migrationDirectories.length === 0) {
    throw new Error(`No migrations found in ${migrationsList.baseDir}`);
  }
  const { appliedMigrationNames } = await withSchemaEngine(factoryFor(target), (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  return { applied: appliedMigrationNames };
}
