import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AnomalyKind, Severity } from "@/lib/generated/prisma/enums";

export const anomalyKinds = Object.values(AnomalyKind);
export const severities = Object.values(Severity);
export const anomalyStatuses = ["open", "unread", "all"] as const;

// Filters come from the URL, so anything unexpected is ignored rather than an error page.
export const anomalyFiltersSchema = z.object({
  kind: z.enum(AnomalyKind).optional().catch(undefined),
  severity: z.enum(Severity).optional().catch(undefined),
  product: plainText().max(40).optional().catch(undefined),
  status: z.enum(anomalyStatuses).catch("open"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AnomalyFilters = z.output<typeof anomalyFiltersSchema>;

const pageSize = 25;

/** Where the product page shows the moment of the change (the page itself comes later). */
const productHrefAt = (productId: string, at: Date) => `/products/${productId}?at=${encodeURIComponent(at.toISOString())}`;

// "Unread" for a user: no read receipt, and detected after they joined the workspace (older
// events were never theirs to read). "Open": not acknowledged yet.
async function unreadSince(db: Db, workspaceId: string, userId: string): Promise<Date> {
  const m = await db.membership.findFirst({ where: { workspaceId, userId }, select: { createdAt: true } });
  return m?.createdAt ?? new Date(8.64e15);
}

export async function listAnomalies({
  db,
  workspaceId,
  userId,
  filters,
}: {
  db: Db;
  workspaceId: string;
  userId: string;
  filters: AnomalyFilters;
}) {
  const since = await unreadSince(db, workspaceId, userId);
  const where: Prisma.AnomalyWhereInput = {
    workspaceId,
    ...(filters.kind && { kind: filters.kind }),
    ...(filters.severity && { severity: filters.severity }),
    ...(filters.product && { productId: filters.product }),
    ...(filters.status === "open" && { receipts: { none: { userId, acknowledgedAt: { not: null } } } }),
    ...(filters.status === "unread" && { detectedAt: { gte: since }, receipts: { none: { userId, readAt: { not: null } } } }),
  };
  const [total, rows] = await Promise.all([
    db.anomaly.count({ where }),
    db.anomaly.findMany({
      where,
      orderBy: [{ detectedAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * pageSize,
      take: pageSize,
      include: {
        product: { select: { id: true, asin: true, marketplace: true, title: true, currency: true, kind: true } },
        receipts: { where: { userId }, select: { readAt: true, acknowledgedAt: true } },
      },
    }),
  ]);
  const items = rows.map(({ receipts, ...a }) => ({
    id: a.id,
    kind: a.kind,
    severity: a.severity,
    detectedAt: a.detectedAt,
    before: a.before,
    after: a.after,
    change: a.change,
    reason: a.reason as { key: string; values: Record<string, string | number> },
    product: a.product,
    read: Boolean(receipts[0]?.readAt) || a.detectedAt < since,
    acknowledged: Boolean(receipts[0]?.acknowledgedAt),
    href: productHrefAt(a.productId, a.detectedAt),
  }));
  return { items, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
export type AnomalyListItem = Awaited<ReturnType<typeof listAnomalies>>["items"][number];

/** Products that have anomalies, for the filter (bounded: a filter, not a product list). */
export async function productsWithAnomalies({ db, workspaceId }: { db: Db; workspaceId: string }) {
  return db.product.findMany({
    where: { workspaceId, anomalies: { some: {} } },
    select: { id: true, asin: true, marketplace: true, title: true },
    orderBy: [{ asin: "asc" }, { marketplace: "asc" }],
    take: 500,
  });
}

// Unread = detected since the user joined the workspace and not read by them yet.
export async function countUnread({ db, workspaceId, userId }: { db: Db; workspaceId: string; userId: string }): Promise<number> {
  const membership = await db.membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId } }, select: { createdAt: true } });
  if (!membership) return 0;
  return db.anomaly.count({ where: { workspaceId, detectedAt: { gte: membership.createdAt }, receipts: { none: { userId, readAt: { not: null } } } } });
}
