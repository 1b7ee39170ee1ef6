import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { AnomalyKind, DeliveryChannel, EmailMode, Role, Severity } from "@/lib/generated/prisma/enums";

// Anomalies and outbox rows as detection writes them, made directly so delivery tests do
// not depend on detection. Reasons use real message keys of messages/<locale>/anomalies.json.

const hex = () => crypto.randomBytes(4).toString("hex");
let snapshotCounter = 1000n;

export async function createMember(
  db: Db,
  workspaceId: string,
  opts: { name?: string; locale?: string | null; role?: Role; emailMode?: EmailMode; alertKinds?: string[] } = {},
) {
  const name = opts.name ?? `Member ${hex()}`;
  const user = await db.user.create({
    data: {
      name,
      email: `${name.toLowerCase().replace(/\W+/g, "-")}-${hex()}@example.test`,
      passwordHash: "not-used",
      locale: opts.locale ?? null,
      memberships: { create: { workspaceId, role: opts.role ?? "member", emailMode: opts.emailMode ?? "instant", alertKinds: opts.alertKinds ?? [] } },
    },
  });
  return user;
}

export async function createTrackedProduct(db: Db, workspaceId: string, opts: { asin?: string; marketplace?: MarketplaceCode; title?: string } = {}) {
  return db.product.create({
    data: {
      workspaceId,
      asin: opts.asin ?? `B0${hex().toUpperCase()}`,
      marketplace: opts.marketplace ?? "US",
      title: opts.title ?? "Acme Steel Water Bottle 750 ml",
      currency: "USD",
    },
  });
}

export async function createAnomaly(
  db: Db,
  product: { id: string; workspaceId: string },
  opts: {
    kind?: AnomalyKind;
    severity?: Severity;
    reason?: { key: string; values: Record<string, string | number> };
    before?: unknown;
    after?: unknown;
    change?: number;
    detectedAt?: Date;
  } = {},
) {
  snapshotCounter += 1n;
  return db.anomaly.create({
    data: {
      workspaceId: product.workspaceId,
      productId: product.id,
      kind: opts.kind ?? "price_change",
      severity: opts.severity ?? "warning",
      fromSnapshotId: snapshotCounter - 1n,
      toSnapshotId: snapshotCounter,
      before: (opts.before ?? 24.99) as never,
      after: (opts.after ?? 19.99) as never,
      change: opts.change ?? -0.2,
      reason: opts.reason ?? { key: "price_change", values: { direction: "down", percent: "20%", before: "$24.99", after: "$19.99", threshold: "10%" } },
      detectedAt: opts.detectedAt ?? new Date("2026-11-10T06:10:00Z"),
    },
  });
}

/** One pending outbox row, as detection writes it in the anomaly's transaction. */
export async function queueDelivery(
  db: Db,
  anomaly: { id: string; workspaceId: string },
  to: { channel: Exclude<DeliveryChannel, "webhook">; userId: string } | { channel: "webhook"; webhookId: string },
  opts: { nextAttemptAt?: Date } = {},
) {
  return db.alertDelivery.create({
    data: {
      workspaceId: anomaly.workspaceId,
      anomalyId: anomaly.id,
      channel: to.channel,
      recipient: to.channel === "webhook" ? `webhook:${to.webhookId}` : `user:${to.userId}`,
      userId: to.channel === "webhook" ? null : to.userId,
      webhookId: to.channel === "webhook" ? to.webhookId : null,
      nextAttemptAt: opts.nextAttemptAt ?? new Date("2026-11-10T06:10:00Z"),
    },
  });
}
