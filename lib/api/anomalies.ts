import { z } from "zod";
import { cursorQuerySchema, decodeCursor, limitQuerySchema, toPage } from "@/lib/api/cursor";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AnomalyKind, Severity } from "@/lib/generated/prisma/enums";

// The alerts centre's anomalies for API clients: the same rows and kinds, newest first, in
// cursor pages. Read state is per person, so it is not part of a key's view.
export const anomalyListQuerySchema = z.object({
  limit: limitQuerySchema,
  cursor: cursorQuerySchema,
  kind: z.enum(AnomalyKind).optional(),
  severity: z.enum(Severity).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
});

export async function listApiAnomalies({ db, workspaceId, query }: { db: Db; workspaceId: string; query: z.output<typeof anomalyListQuerySchema> }) {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const and: Prisma.AnomalyWhereInput[] = [{ workspaceId }];
  if (query.kind) and.push({ kind: query.kind });
  if (query.severity) and.push({ severity: query.severity });
  if (query.since) and.push({ detectedAt: { gte: new Date(query.since) } });
  if (after) and.push({ OR: [{ detectedAt: { lt: after.at } }, { detectedAt: after.at, id: { gt: after.id } }] });
  const rows = await db.anomaly.findMany({
    where: { AND: and },
    orderBy: [{ detectedAt: "desc" }, { id: "asc" }],
    take: query.limit + 1,
    select: { id: true, productId: true, groupId: true, kind: true, severity: true, before: true, after: true, change: true, reason: true, detectedAt: true },
  });
  return toPage(rows, query.limit, (a) => [a.detectedAt, a.id], (a) => ({
    id: a.id,
    product_id: a.productId,
    group_id: a.groupId,
    kind: a.kind,
    severity: a.severity,
    before: a.before,
    after: a.after,
    change: a.change,
    reason: a.reason,
    detected_at: a.detectedAt.toISOString(),
  }));
}
