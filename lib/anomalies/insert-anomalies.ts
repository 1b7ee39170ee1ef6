import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { insertAnomalyRows } from "@/lib/db/sql/insert-anomalies";
import type { AnomalyCandidate, InsertedAnomaly } from "@/lib/anomalies/types";

// Deterministic ids, the anomaly's only unique key: the same event detected twice has the same
// id; a group-relative event also names its group, so each group watching a competitor gets its own.
const anomalyId = (c: AnomalyCandidate) =>
  `an_${crypto.createHash("sha1").update(`${c.groupId ? `${c.groupId}|` : ""}${c.productId}|${c.kind}|${c.toSnapshotId}`).digest("hex").slice(0, 24)}`;

/** Stores what the detectors found, once for all of them; returns only the rows actually new (for the outbox). */
export async function insertAnomalies(db: Db, workspaceId: string, candidates: AnomalyCandidate[]): Promise<InsertedAnomaly[]> {
  const byId = new Map(candidates.map((c) => [anomalyId(c), c]));
  const inserted = await insertAnomalyRows(
    db,
    workspaceId,
    [...byId].map(([id, c]) => ({
      id,
      productId: c.productId,
      kind: c.kind,
      severity: c.severity,
      fromSnapshotId: c.fromSnapshotId,
      toSnapshotId: c.toSnapshotId,
      before: c.before,
      after: c.after,
      change: c.change,
      reason: c.reason,
      detectedAt: c.detectedAt,
      groupId: c.groupId ?? null,
    })),
  );
  return inserted.map((row) => {
    const c = byId.get(row.id)!;
    return { id: row.id, kind: row.kind, productId: c.productId, detectedAt: c.detectedAt };
  });
}
