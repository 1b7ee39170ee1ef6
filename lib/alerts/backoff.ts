// The outbox's own retry schedule (Inngest retries a failing step; this spaces out attempts
// at a row that keeps failing across runs): 1, 2, 4, 8, 16, 32 minutes, then hourly. The
// last attempt comes a little over 24 hours after the first, so a receiver or mail server
// that is down for a day still gets everything; the attempt after that is final.
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 60 * 60_000;
const RETRY_WINDOW_MS = 24 * 60 * 60_000;

function delayAfter(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** (attempts - 1), MAX_DELAY_MS);
}

/** Attempts in all: enough doublings and hours to cover the retry window. */
export const MAX_ATTEMPTS = (() => {
  let waited = 0;
  let attempts = 1;
  while (waited < RETRY_WINDOW_MS) waited += delayAfter(attempts++);
  return attempts;
})();

/** When to try again after `attempts` failed attempts, or null when that was the last. */
export function nextAttemptAfterFailure(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + delayAfter(attempts));
}

// A claimed batch is leased for this long: a worker that dies mid-send frees it after that.
// It must outlast the slowest batch (50 rows to one endpoint, two at a time, each allowed the
// full webhook timeout), or a slow receiver's row is claimed again and sent twice.
export const CLAIM_LEASE_MS = 15 * 60_000;
