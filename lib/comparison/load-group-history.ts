import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { downsample } from "@/lib/history/downsample";
import { rangeStart } from "@/lib/history/ranges";
import type { GroupHistoryRange } from "@/lib/comparison/group-history-ranges";


type Point = { t: number; v: number };

/** Points per member and metric sent to the chart; longer series are thinned keeping extremes. */
const MAX_CHART_POINTS = 240;

type MemberHistory = { productId: string; asin: string; role: "main" | "competitor"; price: Point[]; bsr: Point[] };
export type GroupHistory = { range: GroupHistoryRange; from: string; to: string; currency: string | null; members: MemberHistory[] };

// Price and BSR of every member over the range, in one snapshot query (workspace in the WHERE).
export async function loadGroupHistory({
  db,
  workspaceId,
  groupId,
  range,
  now = new Date(),
}: {
  db: Db;
  workspaceId: string;
  groupId: string;
  range: GroupHistoryRange;
  now?: Date;
}): Promise<GroupHistory> {
  const group = await db.competitorGroup.findFirst({
    where: { id: groupId, workspaceId },
    select: {
      mainProduct: { select: { id: true, asin: true, currency: true } },
      members: { orderBy: { position: "asc" }, select: { product: { select: { id: true, asin: true } } } },
    },
  });
  if (!group) throw new AppError("NOT_FOUND");
  const from = rangeStart(range, now)!;
  const members = [
    { productId: group.mainProduct.id, asin: group.mainProduct.asin, role: "main" as const },
    ...group.members.map((m) => ({ productId: m.product.id, asin: m.product.asin, role: "competitor" as const })),
  ];
  const rows = await db.snapshot.findMany({
    where: { workspaceId, productId: { in: members.map((m) => m.productId) }, capturedAt: { gte: from, lte: now } },
    select: { productId: true, capturedAt: true, price: true, bsr: true },
    orderBy: [{ productId: "asc" }, { capturedAt: "asc" }],
  });
  const series = new Map(members.map((m) => [m.productId, { price: [] as Point[], bsr: [] as Point[] }]));
  for (const r of rows) {
    const s = series.get(r.productId)!;
    const t = r.capturedAt.getTime();
    if (r.price !== null) s.price.push({ t, v: r.price.toNumber() });
    if (r.bsr !== null) s.bsr.push({ t, v: Number(r.bsr) });
  }
  return {
    range,
    from: from.toISOString(),
    to: now.toISOString(),
    currency: group.mainProduct.currency,
    members: members.map((m) => {
      const s = series.get(m.productId)!;
      // The same thinning as the product page: every high, low and break survives.
      const thin = (points: Point[]) => downsample(points, ["v"], MAX_CHART_POINTS) as Point[];
      return { ...m, price: thin(s.price), bsr: thin(s.bsr) };
    }),
  };
}
