import type { JobName } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { recordJobRun } from "@/lib/jobs/job-runs";

type StepRunner = { run: <T>(id: string, fn: () => Promise<T> | T) => Promise<unknown> };

// A cron function records its run for Settings → System, like the embedded scheduler does.
// The start time is memoised as a step, so a retried function keeps it; failed runs are left
// to Inngest's own dashboard, which shows them with their error and retries.
export async function recordedJob<T>(
  { step, event, getDb, job }: { step: StepRunner; event: { ts?: number }; getDb: () => Promise<Db>; job: JobName },
  body: () => Promise<T>,
): Promise<T> {
  const startedAt = String(await step.run("job-started", () => new Date().toISOString()));
  const result = await body();
  const tick = typeof event.ts === "number" ? new Date(Math.floor(event.ts / 1000) * 1000) : null;
  await step.run("job-recorded", async () =>
    recordJobRun(await getDb(), { job, runner: "inngest", tick, startedAt: new Date(startedAt), summary: JSON.parse(JSON.stringify(result ?? null)) }),
  );
  return result;
}
