import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { loadReadingPairs, type NewReading } from "./load-reading-pairs";
import { evaluatePair } from "./rules";
import { effectiveThresholds, readOverrides, readWorkspaceSettings } from "./thresholds";
import type { DetectedChange } from "./types";
import { writeOutbox, type InsertedAnomaly } from "./write-outbox";

export type DetectionResult = { anomalies: InsertedAnomaly[]; deliveries: number };

type Candidate = DetectedChange & { productId: string; fromSnapshotId: string; toSnapshotId: string; detectedAt: Date };
/** An anomaly to store; group-relative kinds (lib/groups) also name their group. */
export type AnomalyCandidate = Candidate & { groupId?: string | null };

// Detection for a whole ingest at once: one query for the reading pairs, one for the
// cooldown state, the rules in one pass in memory, then one insert for the anomalies and one
// for their outbox rows. Run inside the ingest's transaction (db is the transaction), so
// readings, events and pending deliveries are stored together or not at all. Idempotent:
// an anomaly is unique per (product, kind, new reading), and only rows actually inserted
// get deliveries.
export async function detectAnomalies({
  db,
  workspaceId,
  readings,
}: {
  db: Db;
  workspaceId: string;
  readings: NewReading[];
}): Promise<DetectionResult> {
  if (readings.length === 0) return { anomalies: [], deliveries: 0 };
  const [workspace] = await db.$queryRawUnsafe<Array<{ alertThresholds: unknown }>>(
    `SELECT "alertThresholds" FROM "Workspace" WHERE id = $1`,
    workspaceId,
  );
  const settings = readWorkspaceSettings(workspace?.alertThresholds);
  const pairs = await loadReadingPairs(db, workspaceId, readings, settings);
  if (pairs.length === 0) return { anomalies: [], deliveries: 0 };
  const cooldownMs = settings.cooldownHours * 3_600_000;
  const lastAlert = await loadLastAlerts(db, workspaceId, pairs, cooldownMs);

  // Pairs come ordered by product and time, so the cooldown also holds between readings of
  // the same ingest (a backlog of hourly readings alerts once, not every hour).
  const candidates: Candidate[] = [];
  for (const pair of pairs) {
    const thresholds = effectiveThresholds(settings, readOverrides(pair.productThresholds));
    const at = pair.current.capturedAt;
    for (const change of evaluatePair(pair, thresholds)) {
      const key = `${pair.productId}|${change.kind}`;
      const last = lastAlert.get(key);
      if (last !== undefined && at.getTime() - last < cooldownMs) continue;
      lastAlert.set(key, at.getTime());
      candidates.push({ ...change, productId: pair.productId, fromSnapshotId: pair.previous.snapshotId, toSnapshotId: pair.current.snapshotId, detectedAt: at });
    }
  }
  if (candidates.length === 0) return { anomalies: [], deliveries: 0 };

  const anomalies = await insertAnomalies(db, workspaceId, candidates);
  const deliveries = await writeOutbox({ db, workspaceId, anomalies });
  return { anomalies, deliveries };
}

/** Latest anomaly per (product, kind) that can still hold a cooldown for these pairs. */
async function loadLastAlerts(db: Db, workspaceId: string, pairs: Array<{ productId: string; current: { capturedAt: Date } }>, cooldownMs: number) {
  const map = new Map<string, number>();
  if (cooldownMs <= 0) return map;
  const earliest = Math.min(...pairs.map((p) => p.current.capturedAt.getTime()));
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

// Deterministic ids: the same event detected twice has the same id.
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
