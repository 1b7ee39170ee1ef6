import crypto from "node:crypto";
import type { Messages } from "@/lib/i18n/load-messages";
import { describeAnomaly } from "@/lib/alerts/describe-anomaly";
import type { LoadedAnomaly } from "@/lib/alerts/load-deliveries";
import { readEnv } from "@/lib/config/env";
import { isBlockedAddressError, type OutboundFetch } from "@/lib/net/guarded-fetch";

const SIGNATURE_HEADER = "X-AsinRadar-Signature";
const TIMESTAMP_HEADER = "X-AsinRadar-Timestamp";
const DELIVERY_HEADER = "X-AsinRadar-Delivery";

/** The JSON a webhook receives for one anomaly (documented in the README). */
export function buildWebhookPayload(anomaly: LoadedAnomaly, englishMessages: Messages, appUrl = readEnv().appUrl) {
  const text = describeAnomaly(anomaly, "en", englishMessages, appUrl);
  return {
    type: "anomaly.detected",
    anomaly: {
      id: anomaly.id,
      kind: anomaly.kind,
      severity: anomaly.severity,
      product: { id: anomaly.product.id, asin: anomaly.product.asin, marketplace: anomaly.product.marketplace, title: anomaly.product.title },
      before: anomaly.before,
      after: anomaly.after,
      change: anomaly.change,
      reason: text.reason,
      detectedAt: anomaly.detectedAt.toISOString(),
      link: text.productUrl,
    },
    workspace: { id: anomaly.workspace.id, name: anomaly.workspace.name },
  };
}

/**
 * HMAC-SHA256 over `${timestamp}.${body}`: binding the timestamp lets receivers reject
 * replays of an old request (compare it with their clock), binding the body rejects edits.
 */
function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** For receivers and tests: constant-time check of a signature header. */
export function verifyWebhookSignature(secret: string, timestamp: string | number, body: string, header: string): boolean {
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  const given = Buffer.from(header);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

// Stable texts in the delivery log, translated where the log is shown (deliveryErrorKey).
export const WEBHOOK_BLOCKED = "blocked: private address";
export const REDIRECT_NOT_FOLLOWED = "redirect not followed";

/** The message key under alertSettings.webhooks.errors for a stable delivery error; null for any other text. */
export function deliveryErrorKey(lastError: string): "blocked" | "redirect" | null {
  if (lastError === WEBHOOK_BLOCKED) return "blocked";
  if (lastError === REDIRECT_NOT_FOLLOWED) return "redirect";
  return null;
}

/** `final`: no retry can succeed (the address is refused), so the delivery fails at once. */
export type WebhookResult = { ok: true; statusCode: number } | { ok: false; statusCode?: number; error: string; final?: boolean };

export async function postWebhook({
  fetch,
  url,
  secret,
  deliveryId,
  payload,
  now,
  timeoutMs = 10_000,
}: {
  fetch: OutboundFetch;
  url: string;
  secret: string;
  deliveryId: string;
  payload: unknown;
  now: Date;
  timeoutMs?: number;
}): Promise<WebhookResult> {
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(now.getTime() / 1000);
  try {
    const res = await fetch(url, {
      method: "POST",
      body,
      // A redirect is not followed: the signed request goes only to the URL the admin entered.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "AsinRadar-Webhooks/1",
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
        [DELIVERY_HEADER]: deliveryId,
      },
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status };
    // Following a Location would let a public receiver point the signed request anywhere.
    if (res.status >= 300 && res.status < 400) return { ok: false, statusCode: res.status, error: REDIRECT_NOT_FOLLOWED };
    return { ok: false, statusCode: res.status, error: `HTTP ${res.status}` };
  } catch (err) {
    if (isBlockedAddressError(err)) return { ok: false, error: WEBHOOK_BLOCKED, final: true };
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const detail = e.name === "TimeoutError" ? `timed out after ${timeoutMs / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { ok: false, error: `request failed: ${detail}` };
  }
}
