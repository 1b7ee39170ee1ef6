import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What an alert email, digest or webhook shows about an anomaly beyond its own columns: the
 * product (its image for the email, own or competitor for the digest summary) and the
 * workspace's name. One include for the outbox and for the Settings preview, so both render
 * exactly the same shape.
 */
export const alertAnomalyInclude = {
  product: { select: { id: true, asin: true, marketplace: true, title: true, imageUrl: true, kind: true } },
  workspace: { select: { id: true, name: true } },
} satisfies Prisma.AnomalyInclude;

export type AlertAnomaly = Prisma.AnomalyGetPayload<{ include: typeof alertAnomalyInclude }>;
