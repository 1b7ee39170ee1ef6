import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isEncryptedSecret } from "@/lib/secrets/encrypt-secret";
import { newWebhookSecret, readableSecret, ROTATION_OVERLAP_MS, sealWebhookSecret } from "@/lib/webhooks/webhook-secrets";

/**
 * A new signing secret, returned once. The old one keeps signing beside it for
 * ROTATION_OVERLAP_MS, so a receiver can switch without rejecting a single delivery. A second
 * rotation within the overlap replaces the older secret: only two ever sign.
 *
 * The update is conditioned on the secret read, so two admins rotating at once cannot leave
 * a secret that neither was shown.
 */
export async function rotateWebhookSecret({ db, workspaceId, id, now = new Date() }: { db: Db; workspaceId: string; id: string; now?: Date }) {
  const current = await db.webhook.findFirst({ where: { id, workspaceId }, select: { secret: true } });
  if (!current) throw new AppError("NOT_FOUND");
  const secret = newWebhookSecret();
  const readable = !isEncryptedSecret(current.secret) || readableSecret(current.secret) !== null;
  const previousSecretExpiresAt = new Date(now.getTime() + ROTATION_OVERLAP_MS);
  const { count } = await db.webhook.updateMany({
    where: { id, workspaceId, secret: current.secret },
    // A legacy plain-text secret is sealed on its way to previousSecret (this is its next write).
    data: {
      secret: sealWebhookSecret(secret),
      // One that cannot be decrypted any more (the key changed) cannot sign: no overlap then.
      previousSecret: !isEncryptedSecret(current.secret) ? sealWebhookSecret(current.secret) : readableSecret(current.secret) ? current.secret : null,
      previousSecretExpiresAt: readable ? previousSecretExpiresAt : null,
    },
  });
  if (count === 0) throw new AppError("CONFLICT");
  return { id, secret, previousSecretExpiresAt: readable ? previousSecretExpiresAt : null };
}
