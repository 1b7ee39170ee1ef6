import crypto from "node:crypto";

/**
 * The X-AsinRadar-Signature value: `sha256=<hex>` per secret, comma-separated, newest first
 * (two while a rotated secret's overlap lasts). Each hex is the HMAC-SHA256 of
 * `${timestamp}.${body}`: binding the timestamp lets receivers reject replays of an old
 * request, binding the body rejects edits.
 */
export function signatureHeader(secrets: string[], timestamp: number, body: string): string {
  return secrets.map((secret) => `sha256=${crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`).join(",");
}
