import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

// The schema as PostgreSQL itself describes it: tables, columns, types, nullability,
// defaults, indexes and constraints. Two databases with equal descriptions behave the same.
const describeSchema = async (t: TestDatabase) => ({
  columns: await t.query(`
    SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
    FROM information_schema.columns WHERE table_schema = 'public'
    ORDER BY table_name, column_name`),
  indexes: await t.query(`
    SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
    ORDER BY tablename, indexname`),
  constraints: await t.query(`
    SELECT conrelid::regclass::text AS table_name, conname, contype, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    ORDER BY 1, 2`),
  enums: await t.query(`
    SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
    ORDER BY 1, 3`),
});

describe("migrations", () => {
  const opened: TestDatabase[] = [];
  afterAll(async () => Promise.all(opened.map((d) => d.close())));

  it.each(testDatabaseKinds())("apply to %s, record in _prisma_migrations, and re-applying is a no-op", async (kind) => {
    const t = await createTestDatabase(kind);
    opened.push(t);
    const recorded = await t.query<{ migration_name: string; finished_at: Date | null }>(
      `SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.every((r) => r.finished_at !== null)).toBe(true);

    const before = await describeSchema(t);
    expect(await t.migrate()).toEqual([]);
    expect(await describeSchema(t)).toEqual(before);
    expect(await t.query(`SELECT count(*)::int AS n FROM _prisma_migrations`)).toEqual([{ n: recorded.length }]);
  });

  it.runIf(testDatabaseKinds().includes("postgres"))("give PGlite and PostgreSQL the same schema", async () => {
    const [lite, server] = await Promise.all([createTestDatabase("pglite"), createTestDatabase("postgres")]);
    opened.push(lite, server);
    const a = await describeSchema(lite);
    const b = await describeSchema(server);
    expect(a.columns.length).toBeGreaterThan(10);
    expect(a).toEqual(b);
  });
});
