import type { JobName } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimJobLease, releaseJobLease, renewJobLease } from "@/lib/leases/job-lease";
import { finishJobRun, interruptOrphanedJobRuns, pruneJobRuns, startJobRun, type JobRunner } from "@/lib/jobs/job-runs";

export type TickOutcome =
  | { ran: false }
  | { ran: true; status: "succeeded"; summary: Prisma.InputJsonValue }
  | { ran: true; status: "failed"; error: string };

/** How long a lease lasts without renewal; renewed every third of it while the tick runs. */
const JOB_LEASE_MS = 2 * 60_000;

/**
 * Runs one tick of a job if this process wins its lease, and records it. A tick another
 * process already took (or already finished) is not run again; a failure is recorded and
 * does not stop the schedule.
 */
export async function runJobTick({
  db,
  job,
  tick,
  holder,
  runner,
  work,
  ttlMs = JOB_LEASE_MS,
}: {
  db: Db;
  job: JobName;
  tick: Date;
  holder: string;
  runner: JobRunner;
  work: () => Promise<Prisma.InputJsonValue>;
  ttlMs?: number;
}): Promise<TickOutcome> {
  if (!(await claimJobLease(db, { job, holder, tick, now: new Date(), ttlMs }))) return { ran: false };
  // The lease was free, so whoever ran this job before is gone: their unfinished runs are not running.
  await interruptOrphanedJobRuns(db, { job, holder });
  const run = await startJobRun(db, { job, runner, tick, holder });
  const renew = setInterval(() => {
    void renewJobLease(db, { job, holder, now: new Date(), ttlMs }).then(
      (held) => held || console.warn(`[jobs] ${job}: lost the lease while running (the database was unreachable for longer than ${ttlMs / 1000} s)`),
      () => undefined,
    );
  }, ttlMs / 3);
  try {
    const summary = await work();
    await finishJobRun(db, run, { status: "succeeded", summary });
    return { ran: true, status: "succeeded", summary };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    console.error(`[jobs] ${job} tick ${tick.toISOString()} failed:`, err);
    await finishJobRun(db, run, { status: "failed", error }).catch(() => undefined);
    return { ran: true, status: "failed", error };
  } finally {
    clearInterval(renew);
    await releaseJobLease(db, { job, holder }).catch(() => undefined);
    await pruneJobRuns(db, { job, now: new Date() }).catch(() => undefined);
  }
}
