import type { Db } from "@/lib/db/client";

// A lease per scheduled job, in the database, so that any number of app processes on one
// PostgreSQL run each tick once: the holder renews it while the tick runs, and a holder that
// dies simply stops renewing, so the lease lapses and the next tick can be taken by anyone.

export type LeaseClaim = {
  job: string;
  holder: string;
  /** The scheduled time being claimed; a tick at or before the last claimed one is refused. Omitted for leases that are not ticks (one report per group). */
  tick?: Date;
  now: Date;
  ttlMs: number;
};

/**
 * Claims the job's lease for one tick. True when this holder now owns it. One UPDATE decides,
 * so two processes claiming the same tick at the same moment cannot both win: PostgreSQL
 * re-checks the condition for the second one after the first commits.
 */
export async function claimJobLease(db: Db, { job, holder, tick, now, ttlMs }: LeaseClaim): Promise<boolean> {
  await db.jobLease.createMany({ data: [{ job }], skipDuplicates: true });
  const { count } = await db.jobLease.updateMany({
    where: {
      job,
      OR: [{ expiresAt: null }, { expiresAt: { lte: now } }],
      ...(tick && { AND: [{ OR: [{ lastTick: null }, { lastTick: { lt: tick } }] }] }),
    },
    data: { holder, expiresAt: new Date(now.getTime() + ttlMs), ...(tick && { lastTick: tick }) },
  });
  return count === 1;
}

/** Extends a lease this holder owns; false when it was lost (it lapsed and someone took it). */
export async function renewJobLease(db: Db, { job, holder, now, ttlMs }: Omit<LeaseClaim, "tick">): Promise<boolean> {
  const { count } = await db.jobLease.updateMany({ where: { job, holder }, data: { expiresAt: new Date(now.getTime() + ttlMs) } });
  return count === 1;
}

/** Gives the lease back at the end of a tick; the claimed tick stays recorded. */
export async function releaseJobLease(db: Db, { job, holder }: { job: string; holder: string }): Promise<void> {
  await db.jobLease.updateMany({ where: { job, holder }, data: { holder: null, expiresAt: null } });
}
