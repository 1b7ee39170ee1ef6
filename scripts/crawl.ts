// Usage: npm run crawl
// Runs the due crawl once, in this process: every product whose last crawl is older than
// its frequency, batched per workspace and marketplace, through the same pipeline as the
// Inngest schedule. For machines without Inngest, for cron jobs and for tests.
import { deliverPendingAlerts } from "@/lib/alerts/deliver-pending-alerts";
import { getConfiguredMailTransport } from "@/lib/alerts/mail-transport";
import { findDueBatches } from "@/lib/crawl/find-due-batches";
import { runCrawl } from "@/lib/crawl/run-crawl";
import { getDatabase } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { getConfiguredSource } from "@/lib/sources/get-source";

async function main() {
  const database = await getDatabase();
  try {
    const { source, batchSize } = getConfiguredSource();
    const now = new Date();
    const batches = await findDueBatches({ db: database.db, now, batchSize });
    console.log(`${batches.length} due batch(es), source: ${source.kind}`);
    let failed = 0;
    for (const b of batches) {
      const s = await runCrawl({ db: database.db, source, workspaceId: b.workspaceId, marketplace: b.marketplace, asins: b.asins, trigger: "scheduled", key: b.key, now });
      if (s.status === "failed") failed++;
      console.log(`${b.marketplace} ${b.asins.length} ASIN(s): ${s.status}, ${s.readingsStored} reading(s) stored, ${s.failures.length} failed`);
    }
    // Without Inngest nothing else would send the alerts these crawls found.
    const delivery = await deliverPendingAlerts({ db: database.db, now: new Date(), transport: getConfiguredMailTransport(), limit: 500 });
    console.log(`alerts: ${JSON.stringify(delivery)}`);
    process.exitCode = failed > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(isAppError(err) ? err.message : err);
  process.exit(1);
});
