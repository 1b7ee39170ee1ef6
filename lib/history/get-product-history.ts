import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { downsample, insertGaps, usualInterval, type SeriesRow } from "@/lib/history/downsample";
import { rangeStart, type HistoryRange } from "@/lib/history/ranges";
import { decimalToNumber } from "@/lib/db/decimal";

/** The most points one chart draws; longer histories are downsampled on the server. */
export const maxChartPoints = 400;

const priceKeys = ["price", "buyBoxPrice", "listPrice"] as const;
type PriceRow = SeriesRow<(typeof priceKeys)[number]>;
type BsrRow = SeriesRow<"bsr">;
type RatingRow = SeriesRow<"rating">;
type ReviewRow = SeriesRow<"reviewCount">;

export type ProductHistory = {
  range: HistoryRange;
  /** ISO dates of the range shown (from = first reading for "all"). */
  from: string | null;
  to: string;
  currency: string | null;
  bsrCategory: string | null;
  /** Readings stored in the range (before downsampling): what the CSV export contains. */
  readings: number;
  /** Usual spacing of readings in ms; gaps are drawn where more than 1.5× of it passed. */
  interval: number | null;
  price: PriceRow[];
  bsr: BsrRow[];
  rating: RatingRow[];
  reviews: ReviewRow[];
};

const num = decimalToNumber;

// One product's chart data for a range: a range scan on Snapshot(productId, capturedAt),
// gaps marked, then each chart downsampled on its own so each keeps its own extremes.
export async function getProductHistory({
  db,
  workspaceId,
  productId,
  range,
  now = new Date(),
}: {
  db: Db;
  workspaceId: string;
  productId: string;
  range: HistoryRange;
  now?: Date;
}): Promise<ProductHistory> {
  const product = await db.product.findFirst({ where: { id: productId, workspaceId }, select: { id: true, currency: true, bsrCategory: true } });
  if (!product) throw new AppError("NOT_FOUND");
  const from = rangeStart(range, now);
  const snapshots = await db.snapshot.findMany({
    where: { productId: product.id, workspaceId, ...(from && { capturedAt: { gte: from } }) },
    orderBy: { capturedAt: "asc" },
    select: { capturedAt: true, price: true, buyBoxPrice: true, listPrice: true, bsr: true, bsrCategory: true, rating: true, reviewCount: true },
  });

  const base = snapshots.map((s) => ({
    t: s.capturedAt.getTime(),
    price: num(s.price),
    buyBoxPrice: num(s.buyBoxPrice),
    listPrice: num(s.listPrice),
    bsr: s.bsr,
    rating: num(s.rating),
    reviewCount: s.reviewCount,
  }));
  const interval = usualInterval(base.map((r) => r.t));
  const chart = <K extends keyof (typeof base)[number] & string>(keys: readonly Exclude<K, "t">[]) =>
    downsample(
      insertGaps(base.map((r) => pick(r, keys)), keys, interval),
      keys,
      maxChartPoints,
    );

  return {
    range,
    from: (from ?? snapshots[0]?.capturedAt ?? null)?.toISOString() ?? null,
    to: now.toISOString(),
    currency: product.currency,
    bsrCategory: snapshots.findLast((s) => s.bsrCategory)?.bsrCategory ?? product.bsrCategory,
    readings: snapshots.length,
    interval,
    price: chart(priceKeys),
    bsr: chart(["bsr"] as const),
    rating: chart(["rating"] as const),
    reviews: chart(["reviewCount"] as const),
  };
}

function pick<K extends string>(row: { t: number } & Record<string, number | null>, keys: readonly K[]): SeriesRow<K> {
  return Object.assign({ t: row.t }, Object.fromEntries(keys.map((k) => [k, row[k] ?? null]))) as SeriesRow<K>;
}
