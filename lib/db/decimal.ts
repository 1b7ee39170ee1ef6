import { Decimal } from "@/lib/generated/prisma/internal/prismaNamespace";

/** Prisma returns money and ratings as Decimal; the UI, CSV and charts want plain numbers. */
export function decimalToNumber(d: { toNumber(): number } | null): number | null {
  return d === null ? null : d.toNumber();
}

/**
 * The number PostgreSQL stores for `value` in a numeric column with this many decimal places
 * (it rounds half away from zero on the decimal text, which Math.round on the binary float
 * does not always match: 1.005 → 1.01). Lets code compare a reading it holds in memory with
 * one it read back, without a round trip.
 */
export function roundLikeNumeric(value: number | null, scale: number): number | null {
  if (value === null) return null;
  const factor = 10 ** scale;
  const scaled = value * factor;
  // Already at that scale (the common case: sources round prices and ratings themselves).
  if (Math.abs(scaled - Math.round(scaled)) < 1e-7) return Math.round(scaled) / factor;
  return new Decimal(value).toDecimalPlaces(scale, Decimal.ROUND_HALF_UP).toNumber();
}
