import type { Db } from "@/lib/db/client";
import { deliverPendingAlerts, type DeliverySummary } from "@/lib/alerts/deliver-pending-alerts";
import { getConfiguredMailTransport } from "@/lib/alerts/mail-transport";

/**
 * After an interactive refresh: try this workspace's due alerts at once instead of waiting
 * for the next Inngest run. Best effort by design: a failure is recorded on the rows (they
 * stay pending and the scheduled run retries them), so it never fails the refresh itself.
 */
export async function deliverNow({ db, workspaceId }: { db: Db; workspaceId: string }): Promise<DeliverySummary | null> {
  try {
    return await deliverPendingAlerts({ db, workspaceId, transport: getConfiguredMailTransport(), limit: 50, webhookTimeoutMs: 5_000 });
  } catch (err) {
    console.error("[alerts] immediate delivery failed; the scheduled run will retry", err);
    return null;
  }
}
