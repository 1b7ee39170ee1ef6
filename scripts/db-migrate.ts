// Usage: npm run db:migrate
// Applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR
// (default .data). The app does the same when it starts; this is for deploy pipelines.
import { getDatabase } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";

async function main(): Promise<void> {
  const database = await getDatabase();
  try {
    const applied = database.migrationsApplied;
    if (applied.length === 0) console.log(`Database is up to date (${database.kind} at ${database.location})`);
    else for (const name of applied) console.log(`Applied ${name}`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  // A locked embedded database is an expected situation with a message written for people.
  console.error(isAppError(err) ? err.message : err);
  process.exit(1);
});
