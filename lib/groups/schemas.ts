import { z } from "zod";

export const MIN_COMPETITORS = 3;
export const MAX_COMPETITORS = 5;

const id = z.string().min(1).max(40);

// Only the shape is checked here; the group rules (3-5 competitors, one marketplace, no
// duplicates) are checked against the products in lib/groups/group-rules.ts so each can be
// reported on its own field with its own message.
export const saveGroupSchema = z.object({
  id: id.optional(),
  name: z.string().trim().min(1).max(100),
  mainProductId: z.string().max(40),
  competitorIds: z.array(z.string().max(40)).max(20),
});
export type SaveGroupInput = z.output<typeof saveGroupSchema>;

export const defaultGroupAlertSettings = { undercutPercent: 5, reviewSurge: 50 } as const;
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
