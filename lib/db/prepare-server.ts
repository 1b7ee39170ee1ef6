import { getAuthSecret } from "@/lib/auth/auth-secret";
import { readEnv } from "@/lib/config/env";
import { getDatabase } from "@/lib/db/client";
import { encryptPlainWebhookSecrets } from "@/lib/webhooks/webhook-secrets";

export async function prepareServer() {
  // next-auth builds absolute URLs from NEXTAUTH_URL; default it to where we listen (before
  // the settings are read and kept).
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
  try {
    readEnv();
  } catch (err) {
    // A bad variable (a cron that does not parse, a malformed URL) stops the start, named.
    console.error(`[config] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  getAuthSecret();
  try {
    const database = await getDatabase();
    if (database.migrationsApplied.length > 0) {
      console.info(`[db] applied migrations: ${database.migrationsApplied.join(", ")}`);
    }
    console.info(`[db] ready: ${database.kind} at ${database.location}`);
    // Webhook secrets saved before encryption at rest: sealed once, here (reads accept them meanwhile).
    const sealed = await encryptPlainWebhookSecrets({ db: database.db });
    if (sealed > 0) console.info(`[secrets] encrypted ${sealed} webhook secret(s) stored in plain text`);
  } catch (err) {
    console.error(`[db] ${err instanceof Error ? err.message : String(err)}`);
    // Serving pages without a database would only produce errors; stop with the reason.
    process.exit(1);
  }
}
