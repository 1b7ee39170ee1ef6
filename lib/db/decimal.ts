/** Prisma returns money and ratings as Decimal; the UI, CSV and charts want plain numbers. */
export function decimalToNumber(d: { toNumber(): number } | null): number | null {
  return d === null ? null : d.toNumber();
}
