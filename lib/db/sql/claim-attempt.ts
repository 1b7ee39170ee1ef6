import type { Db } from "@/lib/db/client";

export type AttemptRule = {
  /** Attempts allowed in a window before each further one must wait. */
  limit: number;
  windowSeconds: number;
  /** The progressive delay doubles from 1 s up to this. */
  maxDelaySeconds: number;
};

export type AttemptClaim = { allowed: true; attempt: number } | { allowed: false; retryAfterSeconds: number };

// Checking and counting are one statement: the row lock makes parallel attempts queue, and
// each sees the count the one before it left. A check-then-record pair let 30 parallel
// guesses all through. The attempt that reaches the limit sets the delay before the next one
// (1 s, 2 s, 4 s … up to maxDelaySeconds), so the owner is slowed, never locked out for good.
export async function claimAttemptRow(db: Db, key: string, now: Date, rule: AttemptRule): Promise<AttemptClaim> {
  const fresh = `r.expire IS NULL OR r.expire <= $2::timestamp`;
  const next = `(CASE WHEN ${fresh} THEN 1 ELSE r.points + 1 END)`;
  const delay = (points: string) =>
    `(CASE WHEN ${points} >= $4 THEN $2::timestamp + make_interval(secs => least(power(2, ${points} - $4), $5)) END)`;
  const rows = await db.$queryRawUnsafe<Array<{ points: number }>>(
    `INSERT INTO "RateLimit" AS r (key, points, expire, "blockedUntil")
     VALUES ($1, 1, $2::timestamp + make_interval(secs => $3), ${delay("1")})
     ON CONFLICT (key) DO UPDATE SET
       points = ${next},
       expire = CASE WHEN ${fresh} THEN EXCLUDED.expire ELSE r.expire END,
       "blockedUntil" = ${delay(next)}
     WHERE r."blockedUntil" IS NULL OR r."blockedUntil" <= $2::timestamp
     RETURNING points`,
    key,
    now,
    rule.windowSeconds,
    rule.limit,
    rule.maxDelaySeconds,
  );
  if (rows[0]) return { allowed: true, attempt: Number(rows[0].points) };
  const blocked = await db.rateLimit.findUnique({ where: { key }, select: { blockedUntil: true } });
  const waitMs = (blocked?.blockedUntil?.getTime() ?? now.getTime()) - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Counters whose window and delay are both over: nothing left to remember. */
export function deleteExpiredAttemptRows(db: Db, now: Date): Promise<number> {
  return db.$executeRawUnsafe(
    `DELETE FROM "RateLimit" WHERE expire <= $1::timestamp AND ("blockedUntil" IS NULL OR "blockedUntil" <= $1::timestamp)`,
    now,
  );
}
