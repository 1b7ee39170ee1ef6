import type { Database } from "@/lib/db/client";

export type DatabaseHealth =
  | { reachable: true; kind: Database["kind"]; latestMigration: string | null; appliedMigrations: number }
  | { reachable: false; error: string };

export async function checkDatabaseHealth(database: Database): Promise<DatabaseHealth> {
  const rows = await database.db.$queryRaw<Array<{ migration_name: string; total: bigint }>>`
    SELECT migration_name, count(*) OVER () AS total
    FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
    ORDER BY migration_name DESC
    LIMIT 1`;
  return {
    reachable: true,
    kind: database.kind,
    latestMigration: rows[0]?.migration_name ?? null,
    appliedMigrations: Number(rows[0]?.total ?? 0),
  };
}
