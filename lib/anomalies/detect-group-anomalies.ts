import type { Db } from "@/lib/db/client";
import { insertAnomalies, type AnomalyCandidate } from "@/lib/anomalies/detect-anomalies";
import { readWorkspaceSettings } from "@/lib/anomalies/thresholds";
import type { InsertedAnomaly } from "@/lib/alerts/enqueue-deliveries";
import { evaluateGroupPair, type GroupReading } from "@/lib/anomalies/rules-group";
import { readGroupAlertSettings } from "@/lib/anomalies/group-thresholds";

type PairRow = { groupId: string; groupName: string; alertSettings: unknown; mainId: string; mainAsin: string; competitorId: string; competitorAsin: string };
type SnapRow = { productId: string; id: string; at: Date; currency: string; price: number | null; bsr: number | null; reviewCount: number | null };

const WEEK_MS = 7 * 86_400_000;

// Group-relative alerts after an ingest, in the ingest's transaction (db is the transaction):
// one query for the groups the new readings touch, two for the members' latest, previous and
// week-old readings, one for the cooldowns, then the same anomaly insert as per-product
// detection (the ingest writes the outbox). The anomaly's product is the competitor and groupId the group.
// Idempotent: the id is derived from (group, competitor, kind, reading), so each group
// watching a competitor gets its own event once; and a cooldown per group × competitor ×
// kind (the workspace's, and at least a week for review surges).
export async function detectGroupAlerts({ db, workspaceId, productIds }: { db: Db; workspaceId: string; productIds: string[] }): Promise<InsertedAnomaly[]> {
  if (productIds.length === 0) return [];
  const pairs = await db.$queryRawUnsafe<PairRow[]>(
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
  if (pairs.length === 0) return [];
  const ids = [...new Set(pairs.flatMap((p) => [p.mainId, p.competitorId]))];
  const columns = `id::text AS id, "capturedAt" AS at, currency, price::float8 AS price, bsr, "reviewCount"`;
  const [latest, weekAgo, [workspace]] = await Promise.all([
    db.$queryRawUnsafe<SnapRow[]>(
      `SELECT p.pid AS "productId", s.* FROM unnest($2::text[]) AS p(pid)
       CROSS JOIN LATERAL (SELECT ${columns} FROM "Snapshot" WHERE "productId" = p.pid AND "workspaceId" = $1
                           ORDER BY "capturedAt" DESC LIMIT 2) s`,
      workspaceId,
      ids,
    ),
    db.$queryRawUnsafe<SnapRow[]>(
      `SELECT p.pid AS "productId", s.* FROM unnest($2::text[]) AS p(pid)
       CROSS JOIN LATERAL (SELECT max("capturedAt") AS last FROM "Snapshot" WHERE "productId" = p.pid AND "workspaceId" = $1) l
       CROSS JOIN LATERAL (SELECT ${columns} FROM "Snapshot" WHERE "productId" = p.pid AND "workspaceId" = $1
                             AND "capturedAt" <= l.last - interval '7 days' AND "reviewCount" IS NOT NULL
                           ORDER BY "capturedAt" DESC LIMIT 1) s`,
      workspaceId,
      ids,
    ),
    db.$queryRawUnsafe<Array<{ alertThresholds: unknown }>>(`SELECT "alertThresholds" FROM "Workspace" WHERE id = $1`, workspaceId),
  ]);
  const cooldownMs = readWorkspaceSettings(workspace?.alertThresholds).cooldownHours * 3_600_000;

  const toReading = (r: SnapRow): GroupReading => ({
    snapshotId: r.id, at: new Date(r.at), currency: r.currency, price: r.price === null ? null : Number(r.price), bsr: r.bsr, reviewCount: r.reviewCount,
  });
  const touched = new Set(productIds);
  const history = new Map<string, GroupReading[]>();
  for (const r of latest) history.set(r.productId, [...(history.get(r.productId) ?? []), toReading(r)]);
  const weekOld = new Map(weekAgo.map((r) => [r.productId, toReading(r)]));
  // An untouched product did not move: its "before" is its current reading.
  const state = (id: string) => {
    const [current, second] = history.get(id) ?? [];
    return current ? { current, previous: touched.has(id) ? (second ?? null) : current } : null;
  };

  const lastAlert = await loadLastGroupAlerts(db, workspaceId, pairs);
  const candidates: AnomalyCandidate[] = [];
  for (const p of pairs) {
    const main = state(p.mainId);
    const competitor = state(p.competitorId);
    if (!main || !competitor) continue;
    const at = new Date(Math.max(main.current.at.getTime(), competitor.current.at.getTime()));
    const changes = evaluateGroupPair({
      groupName: p.groupName,
      settings: readGroupAlertSettings(p.alertSettings),
      mainAsin: p.mainAsin,
      competitorAsin: p.competitorAsin,
      main,
      competitor: { ...competitor, weekAgo: weekOld.get(p.competitorId) ?? null, touched: touched.has(p.competitorId) },
    });
    for (const change of changes) {
      const key = `${p.groupId}|${p.competitorId}|${change.kind}`;
      const cooldown = change.kind === "competitor_review_surge" ? Math.max(cooldownMs, WEEK_MS) : cooldownMs;
      const last = lastAlert.get(key);
      if (last !== undefined && at.getTime() - last < cooldown) continue;
      lastAlert.set(key, at.getTime());
      candidates.push({
        ...change,
        productId: p.competitorId,
        groupId: p.groupId,
        fromSnapshotId: main.current.snapshotId,
        toSnapshotId: competitor.current.snapshotId,
        detectedAt: at,
      });
    }
  }
  if (candidates.length === 0) return [];
  return insertAnomalies(db, workspaceId, candidates);
}

/** Latest group alert per group × competitor × kind (few rows: groups are small). */
async function loadLastGroupAlerts(db: Db, workspaceId: string, pairs: PairRow[]) {
  const rows = await db.$queryRawUnsafe<Array<{ groupId: string; productId: string; kind: string; last: Date }>>(
    `SELECT "groupId", "productId", kind::text AS kind, max("detectedAt") AS last FROM "Anomaly"
     WHERE "workspaceId" = $1 AND "groupId" = ANY($2::text[])
     GROUP BY 1, 2, 3`,
    workspaceId,
    [...new Set(pairs.map((p) => p.groupId))],
  );
  return new Map(rows.map((r) => [`${r.groupId}|${r.productId}|${r.kind}`, new Date(r.last).getTime()]));
}
