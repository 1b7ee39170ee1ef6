import { randomBytes } from "node:crypto";
import os from "node:os";
import { Cron } from "croner";
import type { CronSchedule } from "@/lib/config/cron";
import type { JobName } from "@/lib/config/env";
import type { JobDeps } from "@/lib/jobs/job-deps";
import { runJobTick, type TickOutcome } from "@/lib/jobs/run-job-tick";
import { scheduledJobs } from "@/lib/jobs/scheduled-jobs";

export type EmbeddedScheduler = {
  /** Who this process is in the leases ("host:pid:random"). */
  holder: string;
  /** Runs one tick of a job now, as the cron would at `tick` (tests, and the cron callback). */
  tick: (job: JobName, tick: Date) => Promise<TickOutcome>;
  /**
   * Runs a job's work now, outside its schedule and not as a recorded tick (after a crawl
   * found alerts: send them now rather than at the next minute). Never waits for it; asked
   * again while it runs, it runs once more afterwards, so nothing asked for is missed.
   */
  runSoon: (job: JobName) => void;
  start: () => void;
  /** Stops the crons and waits for ticks in flight. */
  stop: () => Promise<void>;
};

// The default install schedules itself: without Inngest, the server process runs every job on
// its cron with croner. Each tick goes through a database lease (runJobTick), so several
// processes on one PostgreSQL run each tick once, and croner's `protect` keeps a slow tick
// from overlapping the next one in this process.
export function createEmbeddedScheduler({ deps, schedules }: { deps: JobDeps; schedules: Record<JobName, CronSchedule> }): EmbeddedScheduler {
  const holder = `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const crons: Cron[] = [];
  const inFlight = new Set<Promise<unknown>>();

  const tick = async (job: JobName, at: Date) => {
    // Both processes compute the same tick from the schedule, whole seconds apart.
    const scheduled = new Date(Math.floor(at.getTime() / 1000) * 1000);
    return runJobTick({
      db: await deps.getDb(),
      job,
      tick: scheduled,
      holder,
      runner: "embedded",
      work: () => scheduledJobs[job](deps, { now: new Date(), tick: scheduled }),
    });
  };

  const soon = new Map<JobName, { again: boolean }>();
  const runSoon = (job: JobName) => {
    const pending = soon.get(job);
    if (pending) {
      pending.again = true;
      return;
    }
    const entry = { again: true };
    soon.set(job, entry);
    const running = (async () => {
      while (entry.again) {
        entry.again = false;
        await scheduledJobs[job](deps, { now: new Date(), tick: new Date() }).catch((err) => console.error(`[jobs] ${job} (asked for):`, err));
      }
      soon.delete(job);
    })();
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running));
  };

  return {
    holder,
    tick,
    runSoon,
    start() {
      for (const job of Object.keys(schedules) as JobName[]) {
        const { pattern, timezone } = schedules[job];
        const cron = new Cron(pattern, { name: `asin-radar:${job}:${holder}`, timezone, protect: true, catch: true, unref: true }, async (self) => {
          const running = tick(job, self.currentRun() ?? new Date()).catch((err) => console.error(`[jobs] ${job}:`, err));
          inFlight.add(running);
          await running;
          inFlight.delete(running);
        });
        crons.push(cron);
      }
    },
    async stop() {
      for (const c of crons) c.stop();
      crons.length = 0;
      await Promise.all(inFlight);
    },
  };
}
