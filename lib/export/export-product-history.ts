import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { rangeStart, type HistoryRange } from "@/lib/history/ranges";
import { isoDay, toCsv } from "@/lib/export/csv";
import { decimalToNumber } from "@/lib/db/decimal";

const historyCsvColumns = [
  "captured_at", "asin", "marketplace", "currency", "price", "buy_box_price", "list_price", "in_stock", "availability",
  "bsr", "bsr_category", "rating", "review_count", "buy_box_seller_id", "buy_box_seller", "title",
] as const;

const num = decimalToNumber;

/** Every reading of one product in the range (no downsampling), as a CSV file. */
export async function exportProductHistory({
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
}): Promise<{ filename: string; csv: string; rows: number }> {
  const product = await db.product.findFirst({ where: { id: productId, workspaceId }, select: { id: true, asin: true, marketplace: true } });
  if (!product) throw new AppError("NOT_FOUND");
  const from = rangeStart(range, now);
  const [snapshots, versions] = await Promise.all([
    db.snapshot.findMany({
      where: { productId: product.id, workspaceId, ...(from && { capturedAt: { gte: from } }) },
      orderBy: { capturedAt: "asc" },
    }),
    // Titles live on listing versions (stored once per change), not on every reading.
    db.listingVersion.findMany({ where: { productId: product.id, workspaceId }, select: { id: true, title: true } }),
  ]);
  const titles = new Map(versions.map((v) => [v.id, v.title]));
  const csv = toCsv(
    historyCsvColumns,
    snapshots.map((s) => ({
      captured_at: s.capturedAt,
      asin: product.asin,
      marketplace: product.marketplace,
      currency: s.currency,
      price: num(s.price),
      buy_box_price: num(s.buyBoxPrice),
      list_price: num(s.listPrice),
      in_stock: s.inStock,
      availability: s.availabilityText,
      bsr: s.bsr,
      bsr_category: s.bsrCategory,
      rating: num(s.rating),
      review_count: s.reviewCount,
      buy_box_seller_id: s.buyBoxSellerId,
      buy_box_seller: s.buyBoxSellerName,
      title: s.listingVersionId ? titles.get(s.listingVersionId) : null,
    })),
  );
  const filename = `${product.asin}-${product.marketplace}-history-${range}-${isoDay(now)}.csv`;
  return { filename, csv, rows: snapshots.length };
}
