import { isBlockedAddressError, type OutboundFetch } from "@/lib/net/guarded-fetch";
import type { WebhookEvent } from "@/lib/webhooks/event-schema";
import { signatureHeader } from "@/lib/webhooks/sign-webhook";
import { signingSecrets } from "@/lib/webhooks/webhook-secrets";

// Stable texts in the delivery log, translated where the log is shown (deliveryErrorKey).
export const WEBHOOK_BLOCKED = "blocked: private address";
export const REDIRECT_NOT_FOLLOWED = "redirect not followed";
export const SECRET_UNREADABLE = "signing secret cannot be decrypted";

/** The message key under webhookSettings.errors for a stable delivery error; null for any other text. */
export function deliveryErrorKey(lastError: string): "blocked" | "redirect" | "secret" | null {
  if (lastError === WEBHOOK_BLOCKED) return "blocked";
  if (lastError === REDIRECT_NOT_FOLLOWED) return "redirect";
  if (lastError === SECRET_UNREADABLE) return "secret";
  return null;
}

/** `final`: no retry can succeed (the address is refused, the secret unreadable), so the delivery fails at once. */
export type WebhookResult = { ok: true; statusCode: number } | { ok: false; statusCode?: number; error: string; final?: boolean };

type WebhookTarget = { url: string; secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null };

/** One signed POST of a v1 event to one endpoint (docs/webhooks.md lists the headers). */
export async function postWebhook({
  fetch,
  webhook,
  deliveryId,
  event,
  now,
  timeoutMs = 10_000,
}: {
  fetch: OutboundFetch;
  webhook: WebhookTarget;
  deliveryId: string;
  event: WebhookEvent;
  now: Date;
  timeoutMs?: number;
}): Promise<WebhookResult> {
  let secrets: string[];
  try {
    secrets = signingSecrets(webhook, now);
  } catch {
    // SECRETS_KEY (or AUTH_SECRET, which it derives from) changed: rotating the secret fixes it.
    return { ok: false, error: SECRET_UNREADABLE, final: true };
  }
  const body = JSON.stringify(event);
  const timestamp = Math.floor(now.getTime() / 1000);
  try {
    const res = await fetch(webhook.url, {
      method: "POST",
      body,
      // A redirect is not followed: the signed request goes only to the URL the admin entered.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "AsinRadar-Webhooks/1",
        "X-AsinRadar-Event": event.type,
        "X-AsinRadar-Delivery": deliveryId,
        "X-AsinRadar-Timestamp": String(timestamp),
        "X-AsinRadar-Signature": signatureHeader(secrets, timestamp, body),
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
