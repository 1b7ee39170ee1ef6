import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { decryptSecret, encryptSecret, isEncryptedSecret } from "@/lib/secrets/encrypt-secret";

// Bound into each ciphertext: a webhook secret's stored value cannot be replayed as another
// kind of secret (store credentials will use the same lib/secrets).
const CONTEXT = "webhook-signing-secret";

/** After "Rotate secret" the old secret keeps signing for this long (docs/webhooks.md). */
export const ROTATION_OVERLAP_MS = 24 * 3600_000;

/** 32 random bytes: the receiver's only proof that a request came from this workspace. */
export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString("base64url")}`;
}

export const sealWebhookSecret = (plain: string) => encryptSecret(plain, { context: CONTEXT });
const openWebhookSecret = (stored: string) => decryptSecret(stored, { context: CONTEXT });

type StoredSecrets = { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null };

/** The secrets that sign a request at `now`: the current one, then the previous one while its overlap lasts. */
export function signingSecrets(webhook: StoredSecrets, now: Date): string[] {
  const current = openWebhookSecret(webhook.secret);
  const overlap = webhook.previousSecret && webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt > now;
  // An old secret that no longer decrypts (the key changed) is dropped: the current one still
  // signs, so rotating away from an unreadable secret fixes delivery at once.
  const previous = overlap ? readableSecret(webhook.previousSecret!) : null;
  return previous ? [current, previous] : [current];
}

/** The plain secret, or null when it cannot be decrypted with the current key. */
export function readableSecret(stored: string): string | null {
  try {
    return openWebhookSecret(stored);
  } catch {
    return null;
  }
}

/**
 * Encrypts secrets saved in plain text before encryption existed (run once at start; reads
 * accept them until then). Idempotent: only values without the "v1:" prefix are touched,
 * and each update checks the value it read is still there.
 */
export async function encryptPlainWebhookSecrets({ db }: { db: Db }): Promise<number> {
  const rows = await db.webhook.findMany({
    where: { OR: [{ NOT: { secret: { startsWith: "v1:" } } }, { previousSecret: { not: null }, NOT: { previousSecret: { startsWith: "v1:" } } }] },
    select: { id: true, secret: true, previousSecret: true },
  });
  let count = 0;
  for (const row of rows) {
    const data = {
      secret: isEncryptedSecret(row.secret) ? row.secret : sealWebhookSecret(row.secret),
      previousSecret: row.previousSecret && !isEncryptedSecret(row.previousSecret) ? sealWebhookSecret(row.previousSecret) : row.previousSecret,
    };
    count += (await db.webhook.updateMany({ where: { id: row.id, secret: row.secret, previousSecret: row.previousSecret }, data })).count;
  }
  return count;
}
