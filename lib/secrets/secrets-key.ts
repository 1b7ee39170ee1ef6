import crypto from "node:crypto";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { readEnv } from "@/lib/config/env";

// HKDF's info string names what the derived key is for, so the same AUTH_SECRET can never
// yield a key another feature also derives.
const HKDF_INFO = "asin-radar/secrets-at-rest/v1";

/** A key derived from the auth secret (used when SECRETS_KEY is not set). */
export function deriveSecretsKey(authSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", authSecret, "asin-radar", HKDF_INFO, 32));
}

/**
 * The key that encrypts secrets at rest: SECRETS_KEY when set, else derived from AUTH_SECRET
 * (or the development secret kept in the data folder). Deriving it means a newcomer needs no
 * extra setting, at the price of tying the two: changing AUTH_SECRET would make stored
 * secrets unreadable, which setting SECRETS_KEY avoids.
 */
export function getSecretsKey(): Buffer {
  return readEnv().secretsKey ?? deriveSecretsKey(getAuthSecret());
}
