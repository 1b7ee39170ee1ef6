// Usage: npm run user:reset-password -- <email>
//        echo 'a new long passphrase' | npm run user:reset-password -- <email> --stdin
// For servers without email: sets a new password for the account (a random one, printed, or
// one read from stdin and held to the same rules as the app) and ends all its sessions.
import crypto from "node:crypto";
import { text } from "node:stream/consumers";
import { z } from "zod";
import { getDatabase } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { setPassword } from "@/lib/users/change-password";
import { newPasswordSchema } from "@/lib/users/password-policy";

const argsSchema = z.object({ email: z.string().trim().toLowerCase().pipe(z.email()), stdin: z.boolean() });

async function main(): Promise<void> {
  const args = argsSchema.safeParse({ email: process.argv.slice(2).find((a) => !a.startsWith("--")), stdin: process.argv.includes("--stdin") });
  if (!args.success) {
    console.error("Usage: npm run user:reset-password -- <email> [--stdin]");
    process.exit(2);
  }
  const chosen = args.data.stdin ? (await text(process.stdin)).replace(/\r?\n$/, "") : undefined;
  const password = chosen ?? crypto.randomBytes(18).toString("base64url");
  const checked = newPasswordSchema.safeParse(password);
  if (!checked.success) {
    console.error("That password is refused: at least 12 characters, and not a common or easily guessed one.");
    process.exit(2);
  }
  const database = await getDatabase();
  try {
    const { sessionsEnded } = await setPassword(database.db, args.data.email, checked.data);
    console.log(`Password of ${args.data.email} changed; ${sessionsEnded} session(s) signed out.`);
    if (!chosen) console.log(`New password: ${password}`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(isAppError(err) ? err.message : err);
  process.exit(1);
});
