import crypto from "node:crypto";
import { getSecretsKey } from "@/lib/secrets/secrets-key";

// Stored form: "v1:<iv>:<tag>:<ciphertext>", each part base64url. v1 is AES-256-GCM with a
// random 96-bit IV; the version prefix lets a later format (or key) be told apart and
// re-encrypted without guessing. The optional context is bound as associated data, so a
// ciphertext copied into another column (another purpose) fails to decrypt.
const PREFIX = "v1:";
const ALGORITHM = "aes-256-gcm";

const b64 = (b: Buffer) => b.toString("base64url");

export function encryptSecret(plain: string, { key = getSecretsKey(), context = "" }: { key?: Buffer; context?: string } = {}): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${PREFIX}${b64(iv)}:${b64(cipher.getAuthTag())}:${b64(ciphertext)}`;
}

/** True for a value written by encryptSecret; anything else is a legacy plain-text value. */
export function isEncryptedSecret(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

/**
 * The plain secret. A value without the prefix is returned as is: secrets stored before
 * encryption existed are read as plain text and encrypted on their next write. Throws when
 * the value was altered or encrypted with another key (GCM's tag does not match).
 */
export function decryptSecret(stored: string, { key = getSecretsKey(), context = "" }: { key?: Buffer; context?: string } = {}): string {
  if (!isEncryptedSecret(stored)) return stored;
  const parts = stored.slice(PREFIX.length).split(":");
  if (parts.length !== 3) throw new Error("Stored secret is malformed");
  const [iv, tag, ciphertext] = parts.map((p) => Buffer.from(p, "base64url")) as [Buffer, Buffer, Buffer];
  // A fixed tag length: GCM would otherwise accept a truncated tag, which is easier to forge.
  const decipher = crypto.createDecipheriv(ALGORITHM, key, iv, { authTagLength: 16 });
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch (err) {
    throw new Error("Stored secret cannot be decrypted: it was altered, or SECRETS_KEY / AUTH_SECRET changed since it was saved", { cause: err });
  }
}
