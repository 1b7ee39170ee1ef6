import crypto from "node:crypto";
import { z } from "zod";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { AnomalyKind } from "@/lib/generated/prisma/enums";

/**
 * What one unsubscribe link stops, for whom: the kinds an instant email was about in its
 * workspace, or the digest of the workspaces it covered. Nothing else is in the link, so it
 * can never change more than the email it came in.
 */
export type UnsubscribeScope = { userId: string; workspaceIds: string[]; stop: { digest: true } | { kinds: AnomalyKind[] } };

const payloadSchema = z.object({
  v: z.literal(1),
  u: z.string().min(1).max(64),
  w: z.array(z.string().min(1).max(64)).min(1).max(50),
  d: z.literal(1).optional(),
  k: z.array(z.enum(AnomalyKind)).min(1).max(Object.keys(AnomalyKind).length).optional(),
});

// A key of its own, derived from AUTH_SECRET: a token can never double as a session
// signature or anything else signed with the secret.
const keyFrom = (secret: string) => Buffer.from(crypto.hkdfSync("sha256", secret, "", "asin-radar unsubscribe v1", 32));
const mac = (secret: string, body: string) => crypto.createHmac("sha256", keyFrom(secret)).update(body).digest("base64url");

/** `<base64url JSON>.<base64url HMAC-SHA256>`. No expiry: RFC 8058 links must keep working. */
export function signUnsubscribeToken(scope: UnsubscribeScope, secret = getAuthSecret()): string {
  const payload = { v: 1, u: scope.userId, w: scope.workspaceIds, ...("digest" in scope.stop ? { d: 1 } : { k: scope.stop.kinds }) };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${mac(secret, body)}`;
}

/** The scope of a genuine token; null for anything forged, cut off or malformed. */
export function verifyUnsubscribeToken(token: unknown, secret = getAuthSecret()): UnsubscribeScope | null {
  if (typeof token !== "string" || token.length > 4000) return null;
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || !!parsed.data.d === !!parsed.data.k) return null;
  const { u, w, k } = parsed.data;
  return { userId: u, workspaceIds: w, stop: k ? { kinds: k } : { digest: true } };
}

export function unsubscribeUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/api/unsubscribe?token=${encodeURIComponent(token)}`;
}
