// Usage: npm run crawl
// Runs the crawl job once, in this process: every due product (by its frequency, and failed
// reads sooner), batched per workspace and marketplace, through the same code as the app's
// own scheduler and Inngest, then runs the delivery job once so the alerts found go out. For system cron users. It takes the
// crawl job's lease like the scheduler does, so it never runs beside a crawl tick of the app.
import { readEnv } from "@/lib/config/env";
import { getDatabase } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { productionJobDeps } from "@/lib/jobs/job-deps";
import { runJobTick } from "@/lib/jobs/run-job-tick";
import { scheduledJobs } from "@/lib/jobs/scheduled-jobs";

async function main() {
  readEnv();
  const database = await getDatabase();
  try {
    const tick = new Date(Math.floor(Date.now() / 1000) * 1000);
    console.log(`source: ${productionJobDeps.getSource().source.kind}`);
    const outcome = await runJobTick({
      db: database.db,
      job: "crawl",
      tick,
      holder: `cli:${process.pid}`,
      runner: "cli",
      work: () => scheduledJobs.crawl({ ...productionJobDeps, getDb: async () => database.db }, { now: new Date(), tick }),
    });
    if (!outcome.ran) {
      console.log("another process is running the crawl job right now; nothing done");
      return;
    }
    if (outcome.status === "failed") throw new Error(outcome.error);
    console.log(JSON.stringify(outcome.summary));
    // No scheduler runs in this process: deliver here what the crawl queued (the app's own
    // delivery job would within a minute; claims are atomic, so both running is harmless).
    const delivered = await scheduledJobs.delivery({ ...productionJobDeps, getDb: async () => database.db }, { now: new Date(), tick: new Date() });
    console.log(JSON.stringify({ delivery: delivered }));
    process.exitCode = (outcome.summary as { failedBatches?: number }).failedBatches ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(isAppError(err) ? err.message : err);
  process.exit(1);
});
