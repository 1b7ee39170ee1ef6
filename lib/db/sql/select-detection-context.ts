import type { Db } from "@/lib/db/client";

// The few things per-product detection reads besides the readings it holds in memory. Each
// is one set-based statement for a whole ingest.

export type ListingContentRow = { id: string; title: string | null; brand: string | null; bullets: string[]; images: string[] };

/** Listing content of these versions (the stored side of a listing that changed). */
export function selectListingContents(db: Db, workspaceId: string, versionIds: string[]): Promise<ListingContentRow[]> {
  if (versionIds.length === 0) return Promise.resolve([]);
  return db.$queryRawUnsafe<ListingContentRow[]>(
    `SELECT id, title, brand, bullets, images FROM "ListingVersion" WHERE "workspaceId" = $1 AND id = ANY($2::text[])`,
    workspaceId,
    versionIds,
  );
}

export type SnapshotIdRow = { id: string; productId: string; capturedAt: Date };

/** Snapshot ids by (product, capturedAt): an index probe per key. */
export function selectSnapshotIds(db: Db, workspaceId: string, keys: Array<{ productId: string; capturedAt: Date }>): Promise<SnapshotIdRow[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return db.$queryRawUnsafe<SnapshotIdRow[]>(
    // LATERAL keeps this an index probe per key: as a plain join the planner, which cannot
    // see how few keys there are, may scan the whole table.
    `SELECT s.id::text AS id, k.pid AS "productId", s."capturedAt" FROM unnest($2::text[], $3::timestamp[]) AS k(pid, at)
     CROSS JOIN LATERAL (SELECT id, "capturedAt" FROM "Snapshot" WHERE "productId" = k.pid AND "capturedAt" = k.at AND "workspaceId" = $1) s`,
    workspaceId,
    keys.map((k) => k.productId),
    keys.map((k) => k.capturedAt),
  );
}

export type LastAlertRow = { productId: string; kind: string; last: Date };

/** The latest anomaly per (product, kind) since `since`, for the cooldown. */
export function selectLastAlerts(db: Db, workspaceId: string, productIds: string[], since: Date): Promise<LastAlertRow[]> {
  return db.$queryRawUnsafe<LastAlertRow[]>(
    `SELECT "productId", kind::text AS kind, max("detectedAt") AS last FROM "Anomaly"
     WHERE "workspaceId" = $1 AND "productId" = ANY($2::text[]) AND "detectedAt" > $3
     GROUP BY 1, 2`,
    workspaceId,
    productIds,
    since,
  );
}
