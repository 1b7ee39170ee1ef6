import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/config/env";
import { decryptSecret, encryptSecret, isEncryptedSecret } from "@/lib/secrets/encrypt-secret";
import { deriveSecretsKey } from "@/lib/secrets/secrets-key";

const key = crypto.randomBytes(32);
const other = crypto.randomBytes(32);

describe("secrets at rest", () => {
  it("round-trips through AES-256-GCM in the versioned format, never containing the plain text", () => {
    const plain = "whsec_Ab3-xyz_0123456789";
    const stored = encryptSecret(plain, { key });
    expect(stored).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(stored).not.toContain(plain);
    expect(isEncryptedSecret(stored)).toBe(true);
    expect(decryptSecret(stored, { key })).toBe(plain);
    // A fresh IV every time: the same secret never encrypts to the same text.
    expect(encryptSecret(plain, { key })).not.toBe(stored);
  });

  it("detects tampering, a wrong key, a truncated tag and another context", () => {
    const stored = encryptSecret("whsec_original", { key, context: "webhook" });
    const [v, iv, tag, ct] = stored.split(":") as [string, string, string, string];
    const flipped = Buffer.from(ct, "base64url");
    flipped[0]! ^= 1;
    expect(() => decryptSecret([v, iv, tag, flipped.toString("base64url")].join(":"), { key, context: "webhook" })).toThrow(/cannot be decrypted/);
    expect(() => decryptSecret(stored, { key: other, context: "webhook" })).toThrow(/cannot be decrypted/);
    expect(() => decryptSecret([v, iv, tag.slice(0, 6), ct].join(":"), { key, context: "webhook" })).toThrow();
    expect(() => decryptSecret(stored, { key, context: "store-credential" })).toThrow(/cannot be decrypted/);
    expect(() => decryptSecret("v1:abc", { key })).toThrow(/malformed/);
    expect(decryptSecret(stored, { key, context: "webhook" })).toBe("whsec_original");
  });

  it("reads a legacy plain-text value as is", () => {
    expect(isEncryptedSecret("whsec_legacy")).toBe(false);
    expect(decryptSecret("whsec_legacy", { key })).toBe("whsec_legacy");
  });

  it("derives a 32-byte key from the auth secret with HKDF, different per auth secret", () => {
    const a = deriveSecretsKey("a".repeat(32));
    expect(a).toHaveLength(32);
    expect(deriveSecretsKey("a".repeat(32)).equals(a)).toBe(true);
    expect(deriveSecretsKey("b".repeat(32)).equals(a)).toBe(false);
    expect(decryptSecret(encryptSecret("s", { key: a }), { key: a })).toBe("s");
  });

  it("reads SECRETS_KEY as hex or base64 and refuses anything that is not 32 bytes, naming the variable", () => {
    const hex = key.toString("hex");
    expect(readEnv({ SECRETS_KEY: hex }).secretsKey?.equals(key)).toBe(true);
    expect(readEnv({ SECRETS_KEY: key.toString("base64") }).secretsKey?.equals(key)).toBe(true);
    expect(readEnv({ SECRETS_KEY: key.toString("base64url") }).secretsKey?.equals(key)).toBe(true);
    expect(readEnv({}).secretsKey).toBeUndefined();
    expect(() => readEnv({ SECRETS_KEY: "too-short" })).toThrow(/SECRETS_KEY: must be 32 bytes/);
    expect(() => readEnv({ SECRETS_KEY: crypto.randomBytes(16).toString("base64") })).toThrow(/SECRETS_KEY: must be 32 bytes/);
  });

  it("reads WEBHOOK_DISABLE_AFTER_DAYS, default 5", () => {
    expect(readEnv({}).webhookDisableAfterDays).toBe(5);
    expect(readEnv({ WEBHOOK_DISABLE_AFTER_DAYS: "3" }).webhookDisableAfterDays).toBe(3);
    expect(() => readEnv({ WEBHOOK_DISABLE_AFTER_DAYS: "0" })).toThrow(/WEBHOOK_DISABLE_AFTER_DAYS: must be a positive whole number/);
  });
});
