import type { Db } from "@/lib/db/client";
import { selectComparisonReadings, selectDailySparklines } from "@/lib/db/sql/select-list-history";
import type { ComparableReading } from "@/lib/products/change-badge";

const sparklineDays = 30;
const DAY = 86_400_000;

export type Sparkline = { price: Array<number | null>; bsr: Array<number | null> };
export type ComparisonReadings = { d1: ComparableReading | null; d7: ComparableReading | null };

/**
 * Daily price and BSR for the last 30 UTC days of the given products: one set-based query
 * over the (productId, capturedAt) index. A day without a reading stays null, so the
 * sparkline shows a gap instead of an invented line.
 */
export async function loadSparklines({ db, workspaceId, productIds, now }: { db: Db; workspaceId: string; productIds: string[]; now: Date }) {
  const out = new Map<string, Sparkline>();
  if (productIds.length === 0) return out;
  const today = Math.floor(now.getTime() / DAY);
  const firstDay = today - sparklineDays + 1;
  const rows = await selectDailySparklines(db, workspaceId, productIds, new Date(firstDay * DAY), now);
  for (const id of productIds) out.set(id, { price: Array(sparklineDays).fill(null), bsr: Array(sparklineDays).fill(null) });
  for (const r of rows) {
    const series = out.get(r.productId);
    const i = r.day - firstDay;
    if (!series || i < 0 || i >= sparklineDays) continue;
    series.price[i] = r.price === null ? null : Math.round(r.price * 100) / 100;
    series.bsr[i] = r.bsr;
  }
  return out;
}

/**
 * For each product, the reading about a day and about a week before its latest one: the
 * newest reading at least 20 h (6.5 days) older, but no older than 48 h (9 days), so a
 * product read at slightly different times each day still compares like with like, and a
 * product without a reading in that window gets no badge rather than a misleading one.
 * One query: a LATERAL lookup per product and window on the (productId, capturedAt) index.
 */
export async function loadComparisonReadings({ db, workspaceId, productIds }: { db: Db; workspaceId: string; productIds: string[] }) {
  const out = new Map<string, ComparisonReadings>();
  if (productIds.length === 0) return out;
  const rows = await selectComparisonReadings(db, workspaceId, productIds);
  for (const r of rows) {
    const entry = out.get(r.productId) ?? { d1: null, d7: null };
    entry[r.which] = { price: r.price, currency: r.currency, inStock: r.inStock, bsr: r.bsr, bsrCategory: r.bsrCategory };
    out.set(r.productId, entry);
  }
  return out;
}
