import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/client";
import { readEnv } from "@/lib/config/env";

export type SignInLimiter = {
  /** True when this email has used up its failed attempts for the current window. */
  isBlocked(email: string): Promise<boolean>;
  recordFailure(email: string): Promise<void>;
  reset(email: string): Promise<void>;
};

// Failed sign-ins are counted per email address in the database, so a restart or a second
// app instance does not reset the count. Success clears it.
export function createSignInLimiter(db: Db, opts = readEnv().signIn): SignInLimiter {
  const limiter = new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "sign-in",
    points: opts.maxFailures,
    duration: opts.windowSeconds,
    clearExpiredByTimeout: false,
  });
  const key = (email: string) => email.trim().toLowerCase();
  return {
    async isBlocked(email) {
      const res = await limiter.get(key(email));
      return res !== null && res.consumedPoints >= opts.maxFailures;
    },
    async recordFailure(email) {
      // consume() rejects once the points are gone; that rejection is the block itself.
      await limiter.consume(key(email)).catch(() => undefined);
    },
    async reset(email) {
      await limiter.delete(key(email));
    },
  };
}
