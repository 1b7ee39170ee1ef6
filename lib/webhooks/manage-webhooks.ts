import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { storedKinds, webhookUrl } from "@/lib/alerts/schemas";
import { readEnv } from "@/lib/config/env";
import { type HostLookup, isAllowedDestination } from "@/lib/net/guarded-fetch";
import { newWebhookSecret, sealWebhookSecret } from "@/lib/webhooks/webhook-secrets";

const FAILED_WINDOW_MS = 7 * 24 * 3600_000;
const LOG_SIZE = 20;

/**
 * A URL whose host is, or resolves to, a private or internal address is refused on its field
 * (unless WEBHOOK_ALLOW_PRIVATE_NETWORKS). Saving is the friendly check; the one that counts
 * runs again at every delivery, on the address connected to.
 */
export async function createWebhook({
  db,
  workspaceId,
  input,
  allowPrivateNetworks = readEnv().webhookAllowPrivateNetworks,
  lookup,
}: {
  db: Db;
  workspaceId: string;
  input: { url: string; kinds: string[] };
  allowPrivateNetworks?: boolean;
  lookup?: HostLookup;
}) {
  const url = webhookUrl(input.url);
  const kinds = storedKinds(input.kinds);
  if (!(await isAllowedDestination(new URL(url), { allowPrivateNetworks, lookup }))) {
    throw new AppError("VALIDATION", "Webhook URL points to a private or internal address", { fields: { url: "privateAddress" } });
  }
  // Shown once, here: only its ciphertext is stored, and no action returns it again.
  const secret = newWebhookSecret();
  const webhook = await db.webhook.create({ data: { workspaceId, url, kinds, secret: sealWebhookSecret(secret) }, select: { id: true, url: true } });
  return { ...webhook, secret };
}

/** Webhooks with their recent delivery log; secrets are never part of the list. */
/**
 * A receiver URL often is the credential (Slack, Discord and Zapier hooks carry their secret
 * in the path): people who may not manage webhooks see only where alerts go, not the URL.
 */
function maskWebhookUrl(url: string): string {
  try {
    return `${new URL(url).origin}/…`;
  } catch {
    return "…";
  }
}

/** `revealUrls`: whole URLs for owners and admins; members and viewers get the masked form. */
export async function listWebhooks({ db, workspaceId, revealUrls, now = new Date() }: { db: Db; workspaceId: string; revealUrls: boolean; now?: Date }) {
  const webhooks = await db.webhook.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      url: true,
      kinds: true,
      active: true,
      disabledAt: true,
      disabledReason: true,
      failingSince: true,
      previousSecretExpiresAt: true,
      createdAt: true,
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: LOG_SIZE,
        select: {
          id: true,
          status: true,
          statusCode: true,
          attempts: true,
          lastError: true,
          nextAttemptAt: true,
          sentAt: true,
          createdAt: true,
          anomaly: { select: { kind: true, product: { select: { asin: true, marketplace: true } } } },
        },
      },
    },
  });
  const failed = await db.alertDelivery.groupBy({
    by: ["webhookId"],
    where: { workspaceId, channel: "webhook", status: "failed", createdAt: { gte: new Date(now.getTime() - FAILED_WINDOW_MS) } },
    _count: { _all: true },
  });
  const failedBy = new Map(failed.map((f) => [f.webhookId, f._count._all]));
  return webhooks.map((w) => ({ ...w, url: revealUrls ? w.url : maskWebhookUrl(w.url), failedRecently: failedBy.get(w.id) ?? 0 }));
}

export type WebhookListItem = Awaited<ReturnType<typeof listWebhooks>>[number];

/** Disabling by hand records when; enabling clears the reason and restarts the failure count (enabledAt). */
export async function setWebhookActive({ db, workspaceId, id, active, now = new Date() }: { db: Db; workspaceId: string; id: string; active: boolean; now?: Date }) {
  const data = active ? { active, enabledAt: now, disabledAt: null, disabledReason: null, failingSince: null } : { active, disabledAt: now, disabledReason: "manual" };
  const { count } = await db.webhook.updateMany({ where: { id, workspaceId }, data });
  if (count === 0) throw new AppError("NOT_FOUND");
  return { id, active };
}

/** Deleting a webhook deletes its delivery log with it (cascade). */
export async function deleteWebhook({ db, workspaceId, id }: { db: Db; workspaceId: string; id: string }) {
  const { count } = await db.webhook.deleteMany({ where: { id, workspaceId } });
  if (count === 0) throw new AppError("NOT_FOUND");
  return { id };
}
