import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DeliveryChannel } from "@/lib/generated/prisma/enums";
import { CLAIM_LEASE_MS, nextAttemptAfterFailure } from "@/lib/alerts/backoff";

export type ClaimedDelivery = { id: string; attempts: number; lease: Date };

// Timestamps are bound as ISO text cast to timestamp (Prisma stores UTC wall time in
// "timestamp without time zone"), so the session's TimeZone setting cannot shift them.
const ts = (d: Date) => Prisma.sql`${d.toISOString()}::timestamp(3)`;

/**
 * Claims due pending rows in one statement: FOR UPDATE SKIP LOCKED means two workers never
 * take the same row, and pushing nextAttemptAt forward by a lease hides the row from the
 * next claim. A worker that dies mid-send frees its rows when the lease runs out.
 *
 * `limit` counts sends, not rows: the rows of one instant email (same group key and
 * recipient) are claimed together, so a product's changes are never split across emails.
 */
export async function claimDueDeliveries({
  db,
  now,
  channels,
  limit,
  workspaceId,
  retriesOnly = false,
}: {
  db: Db;
  now: Date;
  channels: DeliveryChannel[];
  limit: number;
  workspaceId?: string;
  retriesOnly?: boolean;
}): Promise<ClaimedDelivery[]> {
  const lease = new Date(now.getTime() + CLAIM_LEASE_MS);
  const due = Prisma.sql`status = 'pending'
        AND "nextAttemptAt" <= ${ts(now)}
        AND channel::text IN (${Prisma.join(channels)})
        ${workspaceId ? Prisma.sql`AND "workspaceId" = ${workspaceId}` : Prisma.empty}
        ${retriesOnly ? Prisma.sql`AND attempts > 0` : Prisma.empty}`;
  const rows = await db.$queryRaw<Array<{ id: string; attempts: number }>>`
    WITH sends AS (
      SELECT COALESCE("groupKey", id) AS send, recipient FROM "AlertDelivery"
      WHERE ${due}
      GROUP BY 1, 2
      ORDER BY min("nextAttemptAt"), 1
      LIMIT ${limit}
    ), picked AS (
      SELECT d.id FROM "AlertDelivery" d
      JOIN sends s ON COALESCE(d."groupKey", d.id) = s.send AND d.recipient = s.recipient
      WHERE ${due}
      FOR UPDATE OF d SKIP LOCKED
    )
    UPDATE "AlertDelivery" AS d SET "nextAttemptAt" = ${ts(lease)}
    FROM picked WHERE d.id = picked.id
    RETURNING d.id, d.attempts`;
  return rows.map((r) => ({ id: r.id, attempts: Number(r.attempts), lease }));
}

// Every write below is conditioned on the lease: if this worker was so slow that its lease
// ran out and another worker re-claimed the row, the other worker's outcome stands.
const leased = (c: ClaimedDelivery) => ({ id: c.id, status: "pending" as const, nextAttemptAt: c.lease });

export async function markSent({ db, claimed, now, statusCode }: { db: Db; claimed: ClaimedDelivery; now: Date; statusCode?: number }) {
  await db.alertDelivery.updateMany({
    where: leased(claimed),
    data: { status: "sent", sentAt: now, attempts: claimed.attempts + 1, statusCode: statusCode ?? null, lastError: null },
  });
}

/**
 * A failed attempt: retried on the backoff schedule, or marked failed after the last one.
 * `final`: an attempt no retry can fix (a refused address) is marked failed at once.
 */
export async function recordFailure({
  db,
  claimed,
  now,
  error,
  statusCode,
  final = false,
}: {
  db: Db;
  claimed: ClaimedDelivery;
  now: Date;
  error: string;
  statusCode?: number;
  final?: boolean;
}): Promise<"retry" | "failed"> {
  const attempts = claimed.attempts + 1;
  const next = final ? null : nextAttemptAfterFailure(attempts, now);
  await db.alertDelivery.updateMany({
    where: leased(claimed),
    data: {
      attempts,
      lastError: error.slice(0, 500),
      statusCode: statusCode ?? null,
      ...(next ? { nextAttemptAt: next } : { status: "failed", nextAttemptAt: now }),
    },
  });
  return next ? "retry" : "failed";
}

/** No attempt can ever succeed (email off, recipient left, webhook disabled): fail at once. */
export async function markUndeliverable({ db, claimed, now, reason }: { db: Db; claimed: ClaimedDelivery; now: Date; reason: string }) {
  await db.alertDelivery.updateMany({ where: leased(claimed), data: { status: "failed", lastError: reason, nextAttemptAt: now } });
}

/** Not now (the recipient's quiet hours): back to pending until `until`, no attempt counted. */
export async function deferDelivery({ db, claimed, until }: { db: Db; claimed: ClaimedDelivery; until: Date }) {
  await db.alertDelivery.updateMany({ where: leased(claimed), data: { nextAttemptAt: until } });
}

const FOLDED_INTO_DIGEST = "already queued for this person's digest";

/**
 * Over the hourly cap: the instant rows become digest rows, sent with the person's next
 * digest. A row whose anomaly is already in their digest (they switched modes) is done.
 */
export async function foldIntoDigest({ db, claimed, now }: { db: Db; claimed: ClaimedDelivery[]; now: Date }) {
  for (const c of claimed) {
    await db.$executeRaw`
      UPDATE "AlertDelivery" AS d
      SET channel = 'email_digest', "groupKey" = NULL, "foldedAt" = ${ts(now)}, "nextAttemptAt" = ${ts(now)},
          -- A fresh digest row: earlier failed attempts would make the frequent retry pass
          -- send it at once as an extra digest, instead of with the next daily one.
          attempts = 0, "lastError" = NULL, "statusCode" = NULL
      WHERE d.id = ${c.id} AND d.status = 'pending' AND d."nextAttemptAt" = ${ts(c.lease)}
        AND NOT EXISTS (
          SELECT 1 FROM "AlertDelivery" x
          WHERE x."anomalyId" = d."anomalyId" AND x.recipient = d.recipient AND x.channel = 'email_digest'
        )`;
    await db.alertDelivery.updateMany({ where: { ...leased(c), channel: "email" }, data: { status: "failed", lastError: FOLDED_INTO_DIGEST, nextAttemptAt: now } });
  }
}

/** Instant emails (sends, not rows) delivered to this person since `since`: the hourly cap's count. */
export async function countRecentInstantEmails({ db, userId, since }: { db: Db; userId: string; since: Date }): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ n: bigint | number }>>`
    SELECT count(DISTINCT COALESCE("groupKey", id)) AS n FROM "AlertDelivery"
    WHERE "userId" = ${userId} AND channel = 'email' AND status = 'sent' AND "sentAt" >= ${ts(since)}`;
  return Number(row?.n ?? 0);
}
