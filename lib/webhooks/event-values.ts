// Prisma's Decimal (decimal.js, as lib/db/decimal.ts uses): decimal.js-light is only in
// node_modules as another package's dependency, not one of ours.
import { Decimal } from "@/lib/generated/prisma/internal/prismaNamespace";

// Numbers in a webhook event are computed in decimal arithmetic from the stored values, never
// with binary floats, so a receiver sees 19.99 and -20.01, not 19.990000000000002 or
// -0.1999908742471253.

const minorUnits = new Map<string, number>();

/** How many decimals a currency's amounts have (JPY 0, USD 2, per Intl/ISO 4217). */
function currencyDigits(currency: string): number {
  let digits = minorUnits.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorUnits.set(currency, digits);
  }
  return digits;
}

const dec = (value: number) => new Decimal(value);
// "-0.00" reads as a change where there is none.
const unsignedZero = (text: string) => (/^-0(\.0+)?$/.test(text) ? text.slice(1) : text);

/** An amount as a decimal string with the currency's minor unit: 19.99 → "19.99", 1980 JPY → "1980". */
export function money(value: number, currency: string): string {
  return unsignedZero(dec(value).toFixed(currencyDigits(currency), Decimal.ROUND_HALF_UP));
}

export function moneyOrNull(value: unknown, currency: string): string | null {
  return typeof value === "number" && Number.isFinite(value) ? money(value, currency) : null;
}

/** after − before in the currency's minor unit. */
export function moneyDelta(before: number, after: number, currency: string): string {
  const digits = currencyDigits(currency);
  return unsignedZero(dec(after).toDecimalPlaces(digits).minus(dec(before).toDecimalPlaces(digits)).toFixed(digits, Decimal.ROUND_HALF_UP));
}

/** (after − before) / before as a percentage with 2 decimals: 24.99 → 19.99 is -20.01. */
export function percentChange(before: number, after: number): number {
  return dec(after).minus(before).dividedBy(before).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber() || 0;
}

/** A stored star rating or delta with 2 decimals: 4.3 − 4.5 = -0.2, not -0.20000000000000018. */
export function stars(value: number): number {
  return dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber() || 0;
}

export function starsDelta(before: number, after: number): number {
  return dec(after).minus(before).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber() || 0;
}

/** A count or rank stored as JSON: a whole number, or null when missing. */
export function wholeOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? Math.round(value) : null;
}
