import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { defaultGuardedFetch, type OutboundFetch } from "@/lib/net/guarded-fetch";
import { buildTestEvent } from "@/lib/webhooks/build-event";
import { deliveryErrorKey, postWebhook } from "@/lib/webhooks/post-webhook";

export type TestOutcome =
  | { ok: true; statusCode: number }
  | { ok: false; statusCode: number | null; error: string; errorKey: ReturnType<typeof deliveryErrorKey> };

/**
 * "Send test": a signed test.ping to the endpoint now, through the guarded client, with the
 * outcome returned to show (not written to the delivery log, which lists alerts). It works
 * on a disabled endpoint too, so a fixed receiver can be checked before enabling it again.
 */
export async function sendTestWebhook({
  db,
  workspaceId,
  id,
  fetch = defaultGuardedFetch(),
  now = new Date(),
  timeoutMs = 10_000,
}: {
  db: Db;
  workspaceId: string;
  id: string;
  fetch?: OutboundFetch;
  now?: Date;
  timeoutMs?: number;
}): Promise<TestOutcome> {
  const webhook = await db.webhook.findFirst({
    where: { id, workspaceId },
    select: { id: true, url: true, secret: true, previousSecret: true, previousSecretExpiresAt: true, workspace: { select: { id: true, name: true } } },
  });
  if (!webhook) throw new AppError("NOT_FOUND");
  const nonce = crypto.randomBytes(9).toString("base64url");
  const event = buildTestEvent({ webhook: { id: webhook.id, url: webhook.url }, workspace: webhook.workspace, now, nonce });
  const result = await postWebhook({ fetch, webhook, deliveryId: `test_${nonce}`, event, now, timeoutMs });
  if (result.ok) return result;
  return { ok: false, statusCode: result.statusCode ?? null, error: result.error, errorKey: deliveryErrorKey(result.error) };
}
