import type { Db } from "@/lib/db/client";
import { isMarketplaceCode, productUrl } from "@/lib/marketplaces/marketplaces";
import { isoDay, toCsv } from "@/lib/export/csv";
import { decimalToNumber } from "@/lib/db/decimal";

const productListCsvColumns = [
  "asin", "marketplace", "url", "type", "tags", "title", "brand", "currency", "price", "buy_box_price", "list_price",
  "buy_box_seller", "bsr", "bsr_category", "rating", "review_count", "in_stock", "availability", "frequency", "paused",
  "last_reading_at", "last_failed_at", "failure_streak", "demo",
] as const;

const num = decimalToNumber;

/** The whole product list of a workspace with each product's latest state, as a CSV file. */
export async function exportProductList({ db, workspaceId, now = new Date() }: { db: Db; workspaceId: string; now?: Date }) {
  const products = await db.product.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "desc" }, { asin: "asc" }] });
  const csv = toCsv(
    productListCsvColumns,
    products.map((p) => ({
      asin: p.asin,
      marketplace: p.marketplace,
      url: isMarketplaceCode(p.marketplace) ? productUrl(p.marketplace, p.asin) : null,
      type: p.kind,
      // The same separator the CSV import reads, so an export can be imported elsewhere.
      tags: p.tags.join(";"),
      title: p.title,
      brand: p.brand,
      currency: p.currency,
      price: num(p.price),
      buy_box_price: num(p.buyBoxPrice),
      list_price: num(p.listPrice),
      buy_box_seller: p.buyBoxSellerName,
      bsr: p.bsr,
      bsr_category: p.bsrCategory,
      rating: num(p.rating),
      review_count: p.reviewCount,
      in_stock: p.inStock,
      availability: p.availabilityText,
      frequency: p.frequency,
      paused: p.paused,
      last_reading_at: p.lastReadingAt,
      last_failed_at: p.lastFailedAt,
      failure_streak: p.failureStreak,
      demo: p.isDemo,
    })),
  );
  return { filename: `products-${isoDay(now)}.csv`, csv, rows: products.length };
}
