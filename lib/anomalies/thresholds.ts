import { z } from "zod";

// Alert thresholds. The workspace holds the defaults (Workspace.alertThresholds) and each
// product may override any of them (Product.alertThresholds); the cooldown is per workspace.
// Stored JSON is read leniently (a bad or missing field falls back to the default, so a
// hand-edited row never stops detection); forms are validated strictly (schemas below).

export const defaultThresholds = {
  /** Price change that fires, in percent of the previous price, either direction. */
  priceChangePercent: 10,
  buyBoxPriceChangePercent: 10,
  /** BSR change that fires, in percent of the previous rank, either direction. */
  bsrChangePercent: 30,
  /** Rating drop that fires, in stars. */
  ratingDrop: 0.2,
} as const;

const defaultCooldownHours = 24;

export type Thresholds = { -readonly [K in keyof typeof defaultThresholds]: number };
export type WorkspaceAlertSettings = Thresholds & { cooldownHours: number };
export type ThresholdOverrides = Partial<Thresholds>;

const percent = z.number().min(0.1).max(1000);
const stars = z.number().min(0.1).max(5);
const hours = z.number().int().min(0).max(24 * 30);

const storedWorkspace = z.object({
  priceChangePercent: percent.catch(defaultThresholds.priceChangePercent),
  buyBoxPriceChangePercent: percent.catch(defaultThresholds.buyBoxPriceChangePercent),
  bsrChangePercent: percent.catch(defaultThresholds.bsrChangePercent),
  ratingDrop: stars.catch(defaultThresholds.ratingDrop),
  cooldownHours: hours.catch(defaultCooldownHours),
});

const storedOverrides = z.object({
  priceChangePercent: percent.optional().catch(undefined),
  buyBoxPriceChangePercent: percent.optional().catch(undefined),
  bsrChangePercent: percent.optional().catch(undefined),
  ratingDrop: stars.optional().catch(undefined),
});

const asObject = (json: unknown) => (json && typeof json === "object" && !Array.isArray(json) ? json : {});

export function readWorkspaceSettings(json: unknown): WorkspaceAlertSettings {
  return storedWorkspace.parse(asObject(json));
}

export function readOverrides(json: unknown): ThresholdOverrides {
  const parsed = storedOverrides.parse(asObject(json));
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as ThresholdOverrides;
}

/** The thresholds that apply to one product. */
export function effectiveThresholds(workspace: WorkspaceAlertSettings, overrides: ThresholdOverrides): Thresholds {
  return {
    priceChangePercent: overrides.priceChangePercent ?? workspace.priceChangePercent,
    buyBoxPriceChangePercent: overrides.buyBoxPriceChangePercent ?? workspace.buyBoxPriceChangePercent,
    bsrChangePercent: overrides.bsrChangePercent ?? workspace.bsrChangePercent,
    ratingDrop: overrides.ratingDrop ?? workspace.ratingDrop,
  };
}

// Form input arrives as text ("12.5" → 12.5). Text that is not a number is "not valid", an
// empty field is "required" for workspace defaults and "not set" (null) for overrides, and
// the range is checked on the number, so each field gets its own precise message.
const asText = (v: unknown) => (typeof v === "number" ? String(v) : v);
const numeric = /^\d+(\.\d+)?$/;
const requiredNumber = (inner: z.ZodNumber) =>
  z.preprocess(asText, z.string().trim().min(1).regex(numeric).transform(Number).pipe(inner));
const optionalNumber = (inner: z.ZodNumber) =>
  z.preprocess(
    (v) => asText(v ?? ""),
    z.string().trim().regex(/^(\d+(\.\d+)?)?$/).transform((t) => (t === "" ? null : Number(t))).pipe(inner.nullable()),
  );

export const workspaceSettingsSchema = z.object({
  priceChangePercent: requiredNumber(percent),
  buyBoxPriceChangePercent: requiredNumber(percent),
  bsrChangePercent: requiredNumber(percent),
  ratingDrop: requiredNumber(stars),
  cooldownHours: requiredNumber(hours),
});

export const overridesSchema = z.object({
  priceChangePercent: optionalNumber(percent),
  buyBoxPriceChangePercent: optionalNumber(percent),
  bsrChangePercent: optionalNumber(percent),
  ratingDrop: optionalNumber(stars),
});

