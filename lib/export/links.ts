import type { HistoryRange } from "@/lib/history/ranges";

// Download links, in one place so the product list and the product page agree with the
// route handlers under app/api/products.
export const productListCsvHref = "/api/products/export.csv";

export function productHistoryCsvHref(productId: string, range: HistoryRange): string {
  return `/api/products/${encodeURIComponent(productId)}/history.csv?range=${range}`;
}

export function productHistoryApiHref(productId: string, range: HistoryRange): string {
  return `/api/products/${encodeURIComponent(productId)}/history?range=${range}`;
}
