import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * "Redeliver": the same outbox row goes back to pending, due now, with a fresh retry
 * schedule, so the delivery worker sends it on its next run with the same delivery id and
 * the same event id (receivers de-duplicate on either). A row still pending is already on
 * its way; a disabled endpoint would only fail it again.
 */
export async function redeliverWebhookDelivery({ db, workspaceId, deliveryId, now = new Date() }: { db: Db; workspaceId: string; deliveryId: string; now?: Date }) {
  const where = { id: deliveryId, workspaceId, channel: "webhook" as const };
  const { count } = await db.alertDelivery.updateMany({
    where: { ...where, status: { in: ["sent", "failed"] }, webhook: { is: { active: true } } },
    data: { status: "pending", nextAttemptAt: now, attempts: 0, lastError: null, statusCode: null, sentAt: null },
  });
  if (count === 1) return { id: deliveryId, nextAttemptAt: now };
  const row = await db.alertDelivery.findFirst({ where, select: { status: true, webhook: { select: { active: true } } } });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.status === "pending") throw new AppError("CONFLICT", "Delivery already queued", { messageKey: "webhookDeliveryQueued" });
  throw new AppError("CONFLICT", "Webhook is disabled", { messageKey: "webhookDisabled" });
}
