import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextAttemptAfterFailure } from "@/lib/alerts/backoff";

describe("delivery retry schedule", () => {
  const now = new Date("2026-11-10T07:00:00Z");
  it("doubles the wait after each failure and gives up after the last attempt", () => {
    const waits = [1, 2, 3, 4, 5].map((n) => (nextAttemptAfterFailure(n, now)!.getTime() - now.getTime()) / 60_000);
    expect(waits).toEqual([1, 2, 4, 8, 16]);
    expect(nextAttemptAfterFailure(MAX_ATTEMPTS, now)).toBeNull();
  });
});
