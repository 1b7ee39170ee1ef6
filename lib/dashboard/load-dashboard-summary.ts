import type { Db } from "@/lib/db/client";
import { selectDashboardSummary } from "@/lib/db/sql/select-dashboard-summary";

export type { DashboardSummary } from "@/lib/db/sql/select-dashboard-summary";
import type { DashboardSummary } from "@/lib/db/sql/select-dashboard-summary";

/**
 * The dashboard's summary cards in one query. "Price moves today": products read in the
 * last 24 hours whose price differs from their price 24 hours ago (the newest reading at or
 * before then, found through the (productId, capturedAt) index; the workspace is checked on
 * the product row, see lib/products/load-list-history.ts for why not on the snapshot too).
 */
export async function loadDashboardSummary({ db, workspaceId, now = new Date() }: { db: Db; workspaceId: string; now?: Date }): Promise<DashboardSummary> {
  const since = new Date(now.getTime() - 86_400_000);
  const row = await selectDashboardSummary(db, workspaceId, since);
  return row ?? { tracked: 0, priceMovesToday: 0, outOfStock: 0, failing: 0 };
}
