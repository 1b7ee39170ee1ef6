import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { JobName } from "@/lib/config/env";

export type JobRunner = "embedded" | "inngest" | "cli";

// The record of every scheduled run, shown on Settings → System: a self-hoster who sees
// "nothing happens" must be able to tell whether the schedule ran, found nothing, or failed.
// A tick that found nothing to do is recorded too.

const KEEP_DAYS = 14;

export async function startJobRun(db: Db, { job, runner, tick, holder }: { job: JobName; runner: JobRunner; tick: Date | null; holder: string | null }) {
  return db.jobRun.create({ data: { job, runner, tick, holder }, select: { id: true, startedAt: true } });
}

export async function finishJobRun(
  db: Db,
  run: { id: string; startedAt: Date },
  outcome: { status: "succeeded"; summary: Prisma.InputJsonValue } | { status: "failed"; error: string },
) {
  const finishedAt = new Date();
  await db.jobRun.update({
    where: { id: run.id },
    data: {
      status: outcome.status,
      finishedAt,
      durationMs: finishedAt.getTime() - run.startedAt.getTime(),
      ...(outcome.status === "succeeded" ? { summary: outcome.summary } : { error: outcome.error.slice(0, 1000) }),
    },
  });
}

/** Runs of this job still marked running by holders other than the current one: their process died. */
export async function interruptOrphanedJobRuns(db: Db, { job, holder }: { job: JobName; holder: string }) {
  await db.jobRun.updateMany({
    where: { job, status: "running", NOT: { holder } },
    data: { status: "interrupted", finishedAt: new Date(), error: "the process running it stopped before it finished" },
  });
}

/** History is for diagnosis, not an archive: two weeks of runs are kept per job. */
export async function pruneJobRuns(db: Db, { job, now }: { job: JobName; now: Date }) {
  await db.jobRun.deleteMany({ where: { job, startedAt: { lt: new Date(now.getTime() - KEEP_DAYS * 86_400_000) } } });
}

/** The latest run of each job, for the System page. */
export async function latestJobRuns(db: Db, jobs: readonly JobName[]) {
  const runs = await Promise.all(jobs.map((job) => db.jobRun.findFirst({ where: { job }, orderBy: { startedAt: "desc" } })));
  return new Map(jobs.map((job, i) => [job, runs[i] ?? null] as const));
}

/** A finished run recorded in one go (Inngest's cron functions, which have no lease). */
export async function recordJobRun(
  db: Db,
  { job, runner, tick, startedAt, summary }: { job: JobName; runner: JobRunner; tick: Date | null; startedAt: Date; summary: Prisma.InputJsonValue | null },
) {
  const finishedAt = new Date();
  const data = { status: "succeeded" as const, startedAt, finishedAt, durationMs: finishedAt.getTime() - startedAt.getTime(), summary: summary ?? undefined };
  // The same tick recorded twice (a replayed cron event) stays one row.
  if (tick) await db.jobRun.upsert({ where: { job_tick: { job, tick } }, create: { job, runner, tick, ...data }, update: data });
  else await db.jobRun.create({ data: { job, runner, ...data } });
}
