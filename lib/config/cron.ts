import { Cron } from "croner";

/** A schedule from the environment: a cron pattern and the time zone it is read in. */
export type CronSchedule = { expression: string; pattern: string; timezone: string };

// Inngest's cron syntax puts the time zone in front ("TZ=Europe/Berlin 0 7 * * *"); the same
// variable drives both schedulers, so that form is accepted here too. Without it, UTC.
const tzPrefix = /^(?:CRON_)?TZ=(\S+)\s+(.+)$/;

/** Parses and checks a cron setting; throws with croner's reason when it cannot run. */
export function parseCronSchedule(expression: string): CronSchedule {
  const trimmed = expression.trim();
  const match = tzPrefix.exec(trimmed);
  const timezone = match?.[1] ?? "UTC";
  const pattern = (match?.[2] ?? trimmed).trim();
  // Constructing a paused job parses the pattern; asking for the next run checks the zone.
  const probe = new Cron(pattern, { paused: true, timezone });
  if (probe.nextRun() === null) throw new Error("it never fires");
  return { expression: trimmed, pattern, timezone };
}

/** When a schedule fires next after `from`. */
export function nextRunOf(schedule: CronSchedule, from = new Date()): Date | null {
  return new Cron(schedule.pattern, { paused: true, timezone: schedule.timezone }).nextRun(from);
}
