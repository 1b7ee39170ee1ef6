import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { buildReadingPairs, type NewReading, type PairWithThresholds } from "@/lib/anomalies/build-reading-pairs";
import type { ProductBefore } from "@/lib/anomalies/previous-reading";
import { evaluatePair } from "@/lib/anomalies/rules";
import { effectiveThresholds, readOverrides, readWorkspaceSettings, type Thresholds } from "@/lib/anomalies/thresholds";
import type { DetectedChange, DetectionReading, ListingParts } from "@/lib/anomalies/types";
import type { InsertedAnomaly } from "@/lib/alerts/enqueue-deliveries";

export type DetectionResult = { anomalies: InsertedAnomaly[] };

type Candidate = DetectedChange & { productId: string; fromSnapshotId: string | null; toSnapshotId: string; detectedAt: Date };
/** An anomaly to store; group-relative kinds (lib/groups) also name their group. */
export type AnomalyCandidate = Candidate & { groupId?: string | null };

// Detection for a whole ingest at once. The new readings are in memory and each product's
// previous good reading came with the ingest's product lookup, so only the rest comes from
// the database: one query for the old listing content where a listing changed, one for the
// cooldowns and one for the snapshot ids of the new readings that fired; then one insert for
// the anomalies. The rules run in one pass in memory. Run inside the ingest's transaction (db
// is the transaction), after its snapshots are written, so readings and events are stored
// together or not at all; the ingest writes the outbox for what this returns. Idempotent: an
// anomaly's id is derived from (product, kind, new reading), and only new rows are returned.
export async function detectAnomalies({
  db,
  workspaceId,
  readings,
  before,
}: {
  db: Db;
  workspaceId: string;
  /** The ingest's new readings that move their product forward in time (one per product and time). */
  readings: NewReading[];
  /** Each product's kind, thresholds and latest good reading before this ingest (read by the ingest with its products). */
  before: Map<string, ProductBefore>;
}): Promise<DetectionResult> {
  if (readings.length === 0) return { anomalies: [] };
  const [workspace] = await db.$queryRawUnsafe<Array<{ alertThresholds: unknown }>>(
    `SELECT "alertThresholds" FROM "Workspace" WHERE id = $1`,
    workspaceId,
  );
  const settings = readWorkspaceSettings(workspace?.alertThresholds);
  const pairs = buildReadingPairs(readings, before);
  await attachStoredListings(db, workspaceId, pairs);

  const changes: Array<{ pair: PairWithThresholds; change: DetectedChange }> = [];
  const thresholdsOf = new Map<string, Thresholds>();
  for (const pair of pairs) {
    let thresholds = thresholdsOf.get(pair.productId);
    if (!thresholds) thresholdsOf.set(pair.productId, (thresholds = effectiveThresholds(settings, readOverrides(pair.productThresholds))));
    for (const change of evaluatePair(pair, thresholds)) changes.push({ pair, change });
  }
  if (changes.length === 0) return { anomalies: [] };

  // Pairs come ordered by product and time, so the cooldown also holds between readings of
  // the same ingest (a backlog of hourly readings alerts once, not every hour).
  const cooldownMs = settings.cooldownHours * 3_600_000;
  const lastAlert = await loadLastAlerts(db, workspaceId, changes.map((c) => c.pair), cooldownMs);
  const kept = changes.filter(({ pair, change }) => {
    const key = `${pair.productId}|${change.kind}`;
    const at = pair.current.capturedAt.getTime();
    const last = lastAlert.get(key);
    if (last !== undefined && at - last < cooldownMs) return false;
    lastAlert.set(key, at);
    return true;
  });
  if (kept.length === 0) return { anomalies: [] };

  // New readings were written with these exact times (from the same Date objects), so
  // (product, capturedAt) finds them; a stored previous reading brought its id along.
  const unknown = kept.flatMap(({ pair }) => [pair.previous, pair.current].filter((r) => !r.snapshotId).map((r) => ({ productId: pair.productId, capturedAt: r.capturedAt })));
  const ids = await loadSnapshotIds(db, workspaceId, unknown);
  const idOf = (productId: string, r: DetectionReading) => r.snapshotId ?? ids.get(snapshotKey(productId, r.capturedAt));
  const candidates: Candidate[] = kept.map(({ pair, change }) => {
    const toSnapshotId = idOf(pair.productId, pair.current);
    if (!toSnapshotId) throw new Error(`detection: the new reading of ${pair.productId} at ${pair.current.capturedAt.toISOString()} was not stored`);
    return { ...change, productId: pair.productId, fromSnapshotId: idOf(pair.productId, pair.previous) ?? null, toSnapshotId, detectedAt: pair.current.capturedAt };
  });
  return { anomalies: await insertAnomalies(db, workspaceId, candidates) };
}

// A listing rule needs both sides' content only when the versions differ; the new side is in
// memory, the stored side (rare: a listing changed since the last crawl) is read here.
async function attachStoredListings(db: Db, workspaceId: string, pairs: PairWithThresholds[]) {
  const needed = pairs.filter((p) => p.previous.listing === null && p.previous.listingVersionId && p.previous.listingVersionId !== p.current.listingVersionId);
  if (needed.length === 0) return;
  const rows = await db.$queryRawUnsafe<Array<ListingParts & { id: string }>>(
    `SELECT id, title, brand, bullets, images FROM "ListingVersion" WHERE "workspaceId" = $1 AND id = ANY($2::text[])`,
    workspaceId,
    [...new Set(needed.map((p) => p.previous.listingVersionId!))],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const p of needed) p.previous.listing = byId.get(p.previous.listingVersionId!) ?? null;
}

const snapshotKey = (productId: string, at: Date) => `${productId}|${at.getTime()}`;

/** Snapshot ids of the readings anomalies refer to, by (product, capturedAt). */
async function loadSnapshotIds(db: Db, workspaceId: string, keys: Array<{ productId: string; capturedAt: Date }>) {
  if (keys.length === 0) return new Map<string, string>();
  const rows = await db.$queryRawUnsafe<Array<{ id: string; productId: string; capturedAt: Date }>>(
    // LATERAL keeps this an index probe per key: as a plain join the planner, which cannot
    // see how few keys there are, may scan the whole table.
    `SELECT s.id::text AS id, k.pid AS "productId", s."capturedAt" FROM unnest($2::text[], $3::timestamp[]) AS k(pid, at)
     CROSS JOIN LATERAL (SELECT id, "capturedAt" FROM "Snapshot" WHERE "productId" = k.pid AND "capturedAt" = k.at AND "workspaceId" = $1) s`,
    workspaceId,
    keys.map((k) => k.productId),
    keys.map((k) => k.capturedAt),
  );
  return new Map(rows.map((r) => [snapshotKey(r.productId, new Date(r.capturedAt)), r.id]));
}

/** Latest anomaly per (product, kind) that can still hold a cooldown for these pairs. */
async function loadLastAlerts(db: Db, workspaceId: string, pairs: Array<{ productId: string; current: { capturedAt: Date } }>, cooldownMs: number) {
  const map = new Map<string, number>();
  if (cooldownMs <= 0) return map;
  const earliest = pairs.reduce((min, p) => Math.min(min, p.current.capturedAt.getTime()), Infinity);
  const rows = await db.$queryRawUnsafe<Array<{ productId: string; kind: string; last: Date }>>(
    `SELECT "productId", kind::text AS kind, max("detectedAt") AS last FROM "Anomaly"
     WHERE "workspaceId" = $1 AND "productId" = ANY($2::text[]) AND "detectedAt" > $3
     GROUP BY 1, 2`,
    workspaceId,
    [...new Set(pairs.map((p) => p.productId))],
    new Date(earliest - cooldownMs),
  );
  for (const r of rows) map.set(`${r.productId}|${r.kind}`, new Date(r.last).getTime());
  return map;
}

// Deterministic ids, the anomaly's only unique key: the same event detected twice has the same
// id; a group-relative event also names its group, so each group watching a competitor gets its own.
const anomalyId = (c: AnomalyCandidate) =>
  `an_${crypto.createHash("sha1").update(`${c.groupId ? `${c.groupId}|` : ""}${c.productId}|${c.kind}|${c.toSnapshotId}`).digest("hex").slice(0, 24)}`;
const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/** One insert for many anomalies; returns only the rows actually new (for the outbox). */
export async function insertAnomalies(db: Db, workspaceId: string, rows: AnomalyCandidate[]): Promise<InsertedAnomaly[]> {
  return db.$queryRawUnsafe<InsertedAnomaly[]>(
    `INSERT INTO "Anomaly" (id, "workspaceId", "productId", kind, severity, "fromSnapshotId", "toSnapshotId", before, after, change, reason, "detectedAt", "groupId")
     SELECT u.id, $1, u.pid, u.kind::"AnomalyKind", u.sev::"Severity", u.from_id::bigint, u.to_id::bigint, u.before, u.after, u.change, u.reason, u.at, u.gid
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[], $10::float8[], $11::jsonb[], $12::timestamp[], $13::text[])
          AS u(id, pid, kind, sev, from_id, to_id, before, after, change, reason, at, gid)
     ON CONFLICT DO NOTHING
     RETURNING id, kind::text AS kind`,
    workspaceId,
    rows.map(anomalyId),
    rows.map((r) => r.productId),
    rows.map((r) => r.kind),
    rows.map((r) => r.severity),
    rows.map((r) => r.fromSnapshotId),
    rows.map((r) => r.toSnapshotId),
    rows.map((r) => json(r.before)),
    rows.map((r) => json(r.after)),
    rows.map((r) => r.change),
    rows.map((r) => JSON.stringify(r.reason)),
    rows.map((r) => r.detectedAt),
    rows.map((r) => r.groupId ?? null),
  );
}
