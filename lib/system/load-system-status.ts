import { nextRunOf } from "@/lib/config/cron";
import { jobSchedules, readEnv, type JobName } from "@/lib/config/env";
import { getDatabase } from "@/lib/db/client";
import { checkDatabaseHealth } from "@/lib/db/health";
import { loadMigrations } from "@/lib/db/migrations/load-migrations";
import { latestJobRuns } from "@/lib/jobs/job-runs";

export type SystemStatus = Awaited<ReturnType<typeof loadSystemStatus>>;

// What a self-hoster opens when "nothing happens": who runs the schedule, when each job last
// ran (and how it went) and runs next, where data comes from, whether email and the LLM are
// set up, and which database with which migrations. Configuration only, never a secret.
export async function loadSystemStatus(now = new Date()) {
  const env = readEnv();
  const database = await getDatabase();
  const jobs = Object.keys(jobSchedules) as JobName[];
  const [health, runs, migrations] = await Promise.all([checkDatabaseHealth(database), latestJobRuns(database.db, jobs), loadMigrations()]);
  const { apify, smtp, llm } = env;
  return {
    scheduler: env.scheduler,
    jobs: jobs.map((job) => {
      const schedule = env.schedules[job];
      const last = runs.get(job);
      return {
        job,
        variable: jobSchedules[job].variable,
        expression: schedule.expression,
        timezone: schedule.timezone,
        nextRunAt: nextRunOf(schedule, now),
        last: last
          ? { startedAt: last.startedAt, finishedAt: last.finishedAt, durationMs: last.durationMs, status: last.status, runner: last.runner, summary: last.summary, error: last.error }
          : null,
      };
    }),
    source: apify ? { kind: "apify" as const, actorId: apify.actorId, server: apify.baseUrl ?? "https://api.apify.com", batchSize: apify.batchSize } : { kind: "demo" as const },
    smtp: smtp.state === "on" ? { state: "on" as const, server: `${smtp.config.host}:${smtp.config.port}` } : smtp,
    llm: llm ? { state: "on" as const, provider: llm.provider, model: llm.model } : { state: "off" as const },
    database: {
      kind: database.kind,
      location: database.location,
      appliedMigrations: health.reachable ? health.appliedMigrations : 0,
      latestMigration: health.reachable ? health.latestMigration : null,
      knownMigrations: migrations.migrationDirectories.length,
    },
  };
}
