import { z } from "zod";

// Thresholds of the group-relative alerts (lib/anomalies/rules-group.ts), set per group.
const defaultGroupAlertSettings = { undercutPercent: 5, reviewSurge: 50 } as const;
export type GroupAlertSettings = { undercutPercent: number; reviewSurge: number };

const undercut = z.number().min(0.1).max(90);
const surge = z.number().int().min(1).max(100_000);

/** The form: strict. */
export const groupAlertSettingsSchema = z.object({ undercutPercent: undercut, reviewSurge: surge });

/** Stored JSON, read leniently: a bad or missing field falls back to its default. */
export function readGroupAlertSettings(value: unknown): GroupAlertSettings {
  return z
    .object({
      undercutPercent: undercut.catch(defaultGroupAlertSettings.undercutPercent),
      reviewSurge: surge.catch(defaultGroupAlertSettings.reviewSurge),
    })
    .catch({ ...defaultGroupAlertSettings })
    .parse(value ?? {});
}
