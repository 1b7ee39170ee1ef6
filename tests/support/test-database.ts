import crypto from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { inject } from "vitest";
import type { DbClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { adminQuery, databaseUrlFor } from "./postgres";

export type TestDatabaseKind = "pglite" | "postgres";

export type TestDatabase = {
  kind: TestDatabaseKind;
  db: DbClient;
  /** Raw SQL on the same database, for schema comparisons and assertions. */
  query: <T = Record<string, unknown>>(sql: string) => Promise<T[]>;
  /** The connection string of a PostgreSQL test database (for a second client, as another process would open). */
  url?: string;
  /** Applies the migrations again (returns what was applied). */
  migrate: () => Promise<string[]>;
  close: () => Promise<void>;
};

/** The databases integration tests run on: PGlite always, PostgreSQL when reachable. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return inject("postgresAvailable") ? ["pglite", "postgres"] : ["pglite"];
}

// Every call makes a brand-new database (in-memory PGlite, or a uniquely named PostgreSQL
// database dropped on close), so no test depends on what another run left behind.
export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const pglite = new PGlite();
    const migrate = async () => (await applyMigrations({ kind: "pglite", db: pglite })).applied;
    await migrate();
    const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      kind,
      db,
      migrate,
      query: async <T,>(sql: string) => (await pglite.query<T>(sql)).rows,
      close: async () => {
        await db.$disconnect();
        await pglite.close();
      },
    };
  }

  const name = `asinradar_test_${crypto.randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = databaseUrlFor(name);
  const migrate = async () => (await applyMigrations({ kind: "postgres", connectionString: url })).applied;
  try {
    await migrate();
  } catch (err) {
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw err;
  }
  const adapter = new PrismaPg({ connectionString: url });
  const db = new PrismaClient({ adapter });
  const pg = await import("pg");
  const pool = new pg.default.Pool({ connectionString: url, max: 2 });
  return {
    kind,
    db,
    url,
    migrate,
    query: async <T,>(sql: string) => (await pool.query(sql)).rows as T[],
    close: async () => {
      await db.$disconnect();
      await pool.end();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
