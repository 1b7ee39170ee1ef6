import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextAttemptAfterFailure } from "@/lib/alerts/backoff";

describe("delivery retry schedule", () => {
  const now = new Date("2026-11-10T07:00:00Z");
  const waitMinutes = (n: number) => (nextAttemptAfterFailure(n, now)!.getTime() - now.getTime()) / 60_000;

  it("doubles the wait after each failure, then waits an hour at most", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(waitMinutes)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
  });

  it("keeps retrying for at least 24 hours, then gives up after the last attempt", () => {
    let waited = 0;
    for (let n = 1; n < MAX_ATTEMPTS; n++) waited += waitMinutes(n);
    expect(waited).toBeGreaterThanOrEqual(24 * 60);
    // …and not days beyond it: the last wait is an hour at most.
    expect(waited).toBeLessThan(25 * 60 + 1);
    expect(nextAttemptAfterFailure(MAX_ATTEMPTS, now)).toBeNull();
  });
});
