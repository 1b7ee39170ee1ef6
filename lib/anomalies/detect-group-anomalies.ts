import { readGroupAlertSettings } from "@/lib/anomalies/group-thresholds";
import { evaluateGroupPair, type GroupReading } from "@/lib/anomalies/rules-group";
import type { WorkspaceAlertSettings } from "@/lib/anomalies/thresholds";
import type { AnomalyCandidate } from "@/lib/anomalies/types";
import type { Db } from "@/lib/db/client";
import {
  type GroupReadingRow,
  selectGroupPairs,
  selectLastGroupAlerts,
  selectLatestReadings,
  selectWeekOldReadings,
} from "@/lib/db/sql/select-group-context";

const WEEK_MS = 7 * 86_400_000;

// Group-relative detection after an ingest, in its transaction: the groups the new readings
// touch, their members' latest, previous and week-old readings, and the cooldowns. The
// anomaly's product is the competitor and groupId the group. Writes nothing: the pipeline
// stores these candidates with the per-product ones. A cooldown per group × competitor × kind
// (the workspace's, and at least a week for review surges).
export async function detectGroupAnomalies({
  db,
  workspaceId,
  settings,
  productIds,
}: {
  db: Db;
  workspaceId: string;
  settings: WorkspaceAlertSettings;
  productIds: string[];
}): Promise<AnomalyCandidate[]> {
  if (productIds.length === 0) return [];
  const pairs = await selectGroupPairs(db, workspaceId, productIds);
  if (pairs.length === 0) return [];
  const ids = [...new Set(pairs.flatMap((p) => [p.mainId, p.competitorId]))];
  const [latest, weekAgo, lastRows] = await Promise.all([
    selectLatestReadings(db, workspaceId, ids),
    selectWeekOldReadings(db, workspaceId, ids),
    selectLastGroupAlerts(db, workspaceId, [...new Set(pairs.map((p) => p.groupId))]),
  ]);
  const cooldownMs = settings.cooldownHours * 3_600_000;

  const toReading = (r: GroupReadingRow): GroupReading => ({
    snapshotId: r.id, capturedAt: new Date(r.capturedAt), currency: r.currency, price: r.price === null ? null : Number(r.price), bsr: r.bsr, reviewCount: r.reviewCount,
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

  const lastAlert = new Map(lastRows.map((r) => [`${r.groupId}|${r.productId}|${r.kind}`, new Date(r.last).getTime()]));
  const candidates: AnomalyCandidate[] = [];
  for (const p of pairs) {
    const main = state(p.mainId);
    const competitor = state(p.competitorId);
    if (!main || !competitor) continue;
    const at = new Date(Math.max(main.current.capturedAt.getTime(), competitor.current.capturedAt.getTime()));
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
  return candidates;
}
