// The outbox's own retry schedule (Inngest retries a failing step; this spaces out attempts
// at a row that keeps failing across runs): 1, 2, 4, 8, 16 minutes, then the sixth failed
// attempt is final and the row is marked failed. About half an hour of outage is absorbed.
export const MAX_ATTEMPTS = 6;
const BASE_DELAY_MS = 60_000;

/** When to try again after `attempts` failed attempts, or null when that was the last. */
export function nextAttemptAfterFailure(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + BASE_DELAY_MS * 2 ** (attempts - 1));
}

/** A claimed row is leased for this long: a worker that dies mid-send frees it after that. */
export const CLAIM_LEASE_MS = 5 * 60_000;
