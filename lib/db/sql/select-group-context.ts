import type { Db } from "@/lib/db/client";

// What group-relative detection reads for the groups an ingest touched.

export type GroupPairRow = { groupId: string; groupName: string; alertSettings: unknown; mainId: string; mainAsin: string; competitorId: string; competitorAsin: string };

/** Every (group, competitor) whose main product or competitor is among these products. */
export function selectGroupPairs(db: Db, workspaceId: string, productIds: string[]): Promise<GroupPairRow[]> {
  return db.$queryRawUnsafe<GroupPairRow[]>(
    `SELECT g.id AS "groupId", g.name AS "groupName", g."alertSettings", g."mainProductId" AS "mainId", mp.asin AS "mainAsin",
            m."productId" AS "competitorId", cp.asin AS "competitorAsin"
     FROM "CompetitorGroup" g
     JOIN "CompetitorGroupMember" m ON m."groupId" = g.id
     JOIN "Product" mp ON mp.id = g."mainProductId"
     JOIN "Product" cp ON cp.id = m."productId"
     WHERE g."workspaceId" = $1 AND (g."mainProductId" = ANY($2::text[]) OR m."productId" = ANY($2::text[]))`,
    workspaceId,
    productIds,
  );
}

export type GroupReadingRow = { productId: string; id: string; capturedAt: Date; currency: string; price: number | null; bsr: number | null; reviewCount: number | null };

const columns = `id::text AS id, "capturedAt", currency, price::float8 AS price, bsr, "reviewCount"`;

/** Each product's latest two readings. */
export function selectLatestReadings(db: Db, workspaceId: string, productIds: string[]): Promise<GroupReadingRow[]> {
  return db.$queryRawUnsafe<GroupReadingRow[]>(
    `SELECT p.pid AS "productId", s.* FROM unnest($2::text[]) AS p(pid)
     CROSS JOIN LATERAL (SELECT ${columns} FROM "Snapshot" WHERE "productId" = p.pid AND "workspaceId" = $1
                         ORDER BY "capturedAt" DESC LIMIT 2) s`,
    workspaceId,
    productIds,
  );
}

/** Each product's reading with a review count at or just before a week before its latest. */
export function selectWeekOldReadings(db: Db, workspaceId: string, productIds: string[]): Promise<GroupReadingRow[]> {
  return db.$queryRawUnsafe<GroupReadingRow[]>(
    `SELECT p.pid AS "productId", s.* FROM unnest($2::text[]) AS p(pid)
     CROSS JOIN LATERAL (SELECT max("capturedAt") AS last FROM "Snapshot" WHERE "productId" = p.pid AND "workspaceId" = $1) l
     CROSS JOIN LATERAL (SELECT ${columns} FROM "Snapshot" WHERE "productId" = p.pid AND "workspaceId" = $1
                           AND "capturedAt" <= l.last - interval '7 days' AND "reviewCount" IS NOT NULL
                         ORDER BY "capturedAt" DESC LIMIT 1) s`,
    workspaceId,
    productIds,
  );
}

export type LastGroupAlertRow = { groupId: string; productId: string; kind: string; last: Date };

/** Latest group alert per group × competitor × kind (few rows: groups are small). */
export function selectLastGroupAlerts(db: Db, workspaceId: string, groupIds: string[]): Promise<LastGroupAlertRow[]> {
  return db.$queryRawUnsafe<LastGroupAlertRow[]>(
    `SELECT "groupId", "productId", kind::text AS kind, max("detectedAt") AS last FROM "Anomaly"
     WHERE "workspaceId" = $1 AND "groupId" = ANY($2::text[])
     GROUP BY 1, 2, 3`,
    workspaceId,
    groupIds,
  );
}
