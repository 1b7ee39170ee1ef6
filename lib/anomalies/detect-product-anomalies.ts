import { buildReadingPairs, type NewReading, type PairWithThresholds } from "@/lib/anomalies/build-reading-pairs";
import { evaluatePair } from "@/lib/anomalies/rules";
import { effectiveThresholds, readOverrides, type Thresholds, type WorkspaceAlertSettings } from "@/lib/anomalies/thresholds";
import type { AnomalyCandidate, DetectedChange, DetectionReading, ProductBefore } from "@/lib/anomalies/types";
import type { Db } from "@/lib/db/client";
import { selectLastAlerts, selectListingContents, selectSnapshotIds } from "@/lib/db/sql/select-detection-context";

// Per-product detection for a whole ingest at once. The new readings are in memory and each
// product's previous good reading came with the ingest's product lookup, so only the rest is
// read: the old listing content where a listing changed, the cooldowns, and the snapshot ids
// of the readings that fired. The rules run in one pass in memory. Writes nothing: it returns
// candidates for the pipeline (lib/crawl/complete-crawl-run.ts) to store with the others.
// Runs in the ingest's transaction, after its snapshots are written, so the ids exist.
export async function detectProductAnomalies({
  db,
  workspaceId,
  settings,
  readings,
  before,
}: {
  db: Db;
  workspaceId: string;
  settings: WorkspaceAlertSettings;
  /** The ingest's new readings that move their product forward in time (one per product and time). */
  readings: NewReading[];
  /** Each product's kind, thresholds and latest good reading before this ingest. */
  before: Map<string, ProductBefore>;
}): Promise<AnomalyCandidate[]> {
  if (readings.length === 0) return [];
  const pairs = buildReadingPairs(readings, before);
  await attachStoredListings(db, workspaceId, pairs);

  const changes: Array<{ pair: PairWithThresholds; change: DetectedChange }> = [];
  const thresholdsOf = new Map<string, Thresholds>();
  for (const pair of pairs) {
    let thresholds = thresholdsOf.get(pair.productId);
    if (!thresholds) {
      thresholds = effectiveThresholds(settings, readOverrides(pair.productThresholds));
      thresholdsOf.set(pair.productId, thresholds);
    }
    for (const change of evaluatePair(pair, thresholds)) changes.push({ pair, change });
  }
  if (changes.length === 0) return [];

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
  if (kept.length === 0) return [];

  // New readings were written with these exact times (from the same Date objects), so
  // (product, capturedAt) finds them; a stored previous reading brought its id along.
  const unknown = kept.flatMap(({ pair }) => [pair.previous, pair.current].filter((r) => !r.snapshotId).map((r) => ({ productId: pair.productId, capturedAt: r.capturedAt })));
  const ids = new Map((await selectSnapshotIds(db, workspaceId, unknown)).map((r) => [snapshotKey(r.productId, new Date(r.capturedAt)), r.id]));
  const idOf = (productId: string, r: DetectionReading) => r.snapshotId ?? ids.get(snapshotKey(productId, r.capturedAt));
  return kept.map(({ pair, change }) => {
    const toSnapshotId = idOf(pair.productId, pair.current);
    if (!toSnapshotId) throw new Error(`detection: the new reading of ${pair.productId} at ${pair.current.capturedAt.toISOString()} was not stored`);
    return { ...change, productId: pair.productId, fromSnapshotId: idOf(pair.productId, pair.previous) ?? null, toSnapshotId, detectedAt: pair.current.capturedAt };
  });
}

// A listing rule needs both sides' content only when the versions differ; the new side is in
// memory, the stored side (rare: a listing changed since the last crawl) is read here.
async function attachStoredListings(db: Db, workspaceId: string, pairs: PairWithThresholds[]) {
  const needed = pairs.filter((p) => p.previous.listing === null && p.previous.listingVersionId && p.previous.listingVersionId !== p.current.listingVersionId);
  if (needed.length === 0) return;
  const rows = await selectListingContents(db, workspaceId, [...new Set(needed.map((p) => p.previous.listingVersionId!))]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const p of needed) p.previous.listing = byId.get(p.previous.listingVersionId!) ?? null;
}

const snapshotKey = (productId: string, at: Date) => `${productId}|${at.getTime()}`;

/** Latest anomaly per (product, kind) that can still hold a cooldown for these pairs. */
async function loadLastAlerts(db: Db, workspaceId: string, pairs: Array<{ productId: string; current: { capturedAt: Date } }>, cooldownMs: number) {
  const map = new Map<string, number>();
  if (cooldownMs <= 0) return map;
  const earliest = pairs.reduce((min, p) => Math.min(min, p.current.capturedAt.getTime()), Infinity);
  const rows = await selectLastAlerts(db, workspaceId, [...new Set(pairs.map((p) => p.productId))], new Date(earliest - cooldownMs));
  for (const r of rows) map.set(`${r.productId}|${r.kind}`, new Date(r.last).getTime());
  return map;
}
