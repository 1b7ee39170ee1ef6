import type { EmbeddedScheduler } from "@/lib/jobs/embedded-scheduler";

// The embedded scheduler of this process, kept on globalThis so Next's dev reloads and the
// several bundles of one server see the same one. Its own module so that asking it for work
// (request-delivery) does not import the scheduler's start-up and, through it, the jobs.
const globalForJobs = globalThis as unknown as { __asinRadarScheduler?: EmbeddedScheduler | null };

/** undefined: not decided yet; null: Inngest runs the schedules. */
export function registeredScheduler(): EmbeddedScheduler | null | undefined {
  return globalForJobs.__asinRadarScheduler;
}

/** Tests register one and pass undefined to forget it. */
export function registerScheduler(scheduler: EmbeddedScheduler | null | undefined): void {
  globalForJobs.__asinRadarScheduler = scheduler;
}
