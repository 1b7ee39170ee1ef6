import { readEnv } from "@/lib/config/env";
import { interruptStaleCrawlRuns } from "@/lib/crawl/crawl-heartbeat";
import { getDatabase, type Db } from "@/lib/db/client";
import { createEmbeddedScheduler } from "@/lib/jobs/embedded-scheduler";
import { registeredScheduler, registerScheduler } from "@/lib/jobs/scheduler-registry";
import { productionJobDeps } from "@/lib/jobs/job-deps";

/** Crawl runs a dead process left running are interrupted; returns how many. */
export function recoverInterruptedWork({ db, kind, now = new Date() }: { db: Db; kind: "pglite" | "postgres"; now?: Date }): Promise<number> {
  return interruptStaleCrawlRuns({ db, now, everyRunning: kind === "pglite" });
}

/**
 * At server start: crawl runs a dead process left `running` become interrupted (on the
 * embedded database every one of them, since no other process can have it open; on
 * PostgreSQL those whose heartbeat lapsed, as other app processes may be working), then the
 * embedded scheduler starts, unless Inngest owns the schedules.
 */
export async function startServerJobs(): Promise<void> {
  if (registeredScheduler() !== undefined) return;
  const env = readEnv();
  const database = await getDatabase();
  const interrupted = await recoverInterruptedWork({ db: database.db, kind: database.kind });
  if (interrupted > 0) console.info(`[jobs] marked ${interrupted} crawl run(s) left running by a stopped process as interrupted`);
  if (env.scheduler === "inngest") {
    registerScheduler(null);
    console.info("[jobs] Inngest is configured: it runs the schedules (/api/inngest)");
    return;
  }
  const scheduler = createEmbeddedScheduler({ deps: productionJobDeps, schedules: env.schedules });
  scheduler.start();
  registerScheduler(scheduler);
  const list = Object.entries(env.schedules).map(([job, s]) => `${job} "${s.expression}"`).join(", ");
  console.info(`[jobs] embedded scheduler running: ${list}`);
  // A graceful stop lets ticks in flight finish their database writes.
  const stop = () => void scheduler.stop();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
