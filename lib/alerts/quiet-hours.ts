import { Temporal } from "temporal-polyfill";

/** A user's alert timing preferences, as stored on `User`. */
export type QuietHoursPrefs = {
  /** IANA name such as "Europe/Berlin"; null means UTC. */
  timeZone: string | null;
  /** Minutes after local midnight (0–1439) when quiet hours begin; null means no quiet hours. */
  quietHoursStart: number | null;
  /** Minutes after local midnight when they end; may be before the start (wraps midnight). */
  quietHoursEnd: number | null;
};

const minutesPerDay = 24 * 60;

/** Whether `timeZone` is an IANA name (or alias) this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    Temporal.Now.zonedDateTimeISO(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * When an alert for this user may be sent: `now` outside their quiet hours, else the moment the
 * quiet window ends in their time zone. Local wall-clock times decide, so "22:00–07:00" stays
 * 22:00–07:00 across DST changes; an end time that does not exist that day (the clocks jump
 * over it) becomes the moment of the jump, and one that happens twice is the first occurrence
 * still ahead of `now`. An unknown zone is treated as UTC rather than holding mail.
 */
export function nextSendTime(now: Date, prefs: QuietHoursPrefs): Date {
  const { quietHoursStart: start, quietHoursEnd: end } = prefs;
  if (start === null || end === null || start === end || !isMinuteOfDay(start) || !isMinuteOfDay(end)) return now;
  const timeZone = prefs.timeZone && isKnownTimeZone(prefs.timeZone) ? prefs.timeZone : "UTC";

  const local = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone);
  const minute = local.hour * 60 + local.minute;
  const wraps = start > end;
  const quiet = wraps ? minute >= start || minute < end : minute >= start && minute < end;
  if (!quiet) return now;

  // A wrapping window entered before midnight ends tomorrow; otherwise it ends today.
  const endDate = wraps && minute >= start ? local.toPlainDate().add({ days: 1 }) : local.toPlainDate();
  const endLocal = endDate.toPlainDateTime({ hour: Math.floor(end / 60), minute: end % 60 });
  for (const at of endInstants(endLocal, timeZone)) if (at > now.getTime()) return new Date(at);
  // Only reachable inside a repeated hour after both occurrences of the end: not quiet any more.
  return now;
}

// The instants at which local time reaches `local`: one on an ordinary day, two when the clocks
// go back over it, and the moment of the jump when they go forward over it (the first instant
// whose wall clock is past `local`).
function endInstants(local: Temporal.PlainDateTime, timeZone: string): number[] {
  const earlier = local.toZonedDateTime(timeZone, { disambiguation: "earlier" });
  if (Temporal.PlainDateTime.compare(earlier.toPlainDateTime(), local) === 0) {
    return [earlier.epochMilliseconds, local.toZonedDateTime(timeZone, { disambiguation: "later" }).epochMilliseconds];
  }
  const jump = new Temporal.TimeZone(timeZone).getNextTransition(earlier.toInstant());
  return [jump?.epochMilliseconds ?? local.toZonedDateTime(timeZone).epochMilliseconds];
}

function isMinuteOfDay(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < minutesPerDay;
}
