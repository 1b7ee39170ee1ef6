import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/config/env";
import { openEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/open-embedded";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";

/** What queries run on: the client itself or a transaction of it (both fit). */
export type Db = Prisma.TransactionClient;
/** The client, for code that opens a transaction. */
export type DbClient = PrismaClient;

export type Database = {
  db: DbClient;
  kind: "pglite" | "postgres";
  /** Where the data lives, for logs and /api/health (never includes a password). */
  location: string;
  /** Migrations this process applied when it opened the database. */
  migrationsApplied: string[];
  close: () => Promise<void>;
};

// Next.js can evaluate this module in more than one bundle of the same process; the
// connection (and, for PGlite, the folder lock) must exist once per process.
const globalForDb = globalThis as unknown as { __asinRadarDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  globalForDb.__asinRadarDb ??= openDatabase().catch((err) => {
    globalForDb.__asinRadarDb = undefined;
    throw err;
  });
  return globalForDb.__asinRadarDb;
}

export async function getDb(): Promise<DbClient> {
  return (await getDatabase()).db;
}

/** Opens the configured database and applies pending migrations before anyone queries it. */
async function openDatabase(): Promise<Database> {
  const env = readEnv();
  if (env.databaseUrl) {
    const applied = await applyMigrations({ kind: "postgres", connectionString: env.databaseUrl });
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.databaseUrl }) });
    return {
      db,
      kind: "postgres",
      location: redactUrl(env.databaseUrl),
      migrationsApplied: applied.applied,
      close: () => db.$disconnect(),
    };
  }
  const embedded: EmbeddedDatabase = await openEmbeddedDatabase(env.dataDir);
  const applied = await applyMigrations({ kind: "pglite", db: embedded.pglite }).catch(async (err) => {
    await embedded.close();
    throw err;
  });
  const db = new PrismaClient({ adapter: new PrismaPGlite(embedded.pglite) });
  return {
    db,
    kind: "pglite",
    location: embedded.dir,
    migrationsApplied: applied.applied,
    close: async () => {
      await db.$disconnect();
      await embedded.close();
    },
  };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgresql://…";
  }
}
