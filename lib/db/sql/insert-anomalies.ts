import type { Db } from "@/lib/db/client";

export type AnomalyInput = {
  id: string;
  productId: string;
  kind: string;
  severity: string;
  fromSnapshotId: string | null;
  toSnapshotId: string;
  before: unknown;
  after: unknown;
  change: number | null;
  reason: unknown;
  detectedAt: Date;
  groupId: string | null;
};

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

/** One insert for many anomalies; the id is the key, so the same event twice is stored once. Returns the new rows. */
export function insertAnomalyRows(db: Db, workspaceId: string, rows: AnomalyInput[]): Promise<Array<{ id: string; kind: string }>> {
  if (rows.length === 0) return Promise.resolve([]);
  return db.$queryRawUnsafe<Array<{ id: string; kind: string }>>(
    `INSERT INTO "Anomaly" (id, "workspaceId", "productId", kind, severity, "fromSnapshotId", "toSnapshotId", before, after, change, reason, "detectedAt", "groupId")
     SELECT u.id, $1, u.pid, u.kind::"AnomalyKind", u.sev::"Severity", u.from_id::bigint, u.to_id::bigint, u.before, u.after, u.change, u.reason, u.at, u.gid
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[], $10::float8[], $11::jsonb[], $12::timestamp[], $13::text[])
          AS u(id, pid, kind, sev, from_id, to_id, before, after, change, reason, at, gid)
     ON CONFLICT DO NOTHING
     RETURNING id, kind::text AS kind`,
    workspaceId,
    rows.map((r) => r.id),
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
    rows.map((r) => r.groupId),
  );
}
