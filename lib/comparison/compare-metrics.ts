// Pure comparison maths for a competitor group. Everything the matrix, the findings and the
// LLM report show is computed here from loaded numbers, so it can be checked by hand.

const DAY_MS = 86_400_000;

/** (price − main) / main; 0 for the main itself; null when either price is missing or main is 0. */
export function priceGap(price: number | null, mainPrice: number | null): number | null {
  if (price === null || mainPrice === null || mainPrice <= 0) return null;
  return (price - mainPrice) / mainPrice;
}

/**
 * Rank of each BSR within the group, 1 = best (lowest BSR). Equal BSRs share a rank and the
 * next rank skips ("1, 1, 3"), like sports standings; members without a BSR get null.
 */
export function rankByBsr(bsrs: Array<number | null>): Array<number | null> {
  return bsrs.map((bsr) => (bsr === null ? null : 1 + bsrs.filter((other) => other !== null && other < bsr).length));
}

export type ReviewPoint = { at: Date; reviewCount: number };

/**
 * New reviews per day between an earlier reading (the one at or just before N days ago) and
 * the latest one, divided by the actual days between them (readings are not exactly N days
 * apart). Null without an earlier reading or when both are the same moment.
 */
export function reviewVelocity(latest: ReviewPoint | null, earlier: ReviewPoint | null): number | null {
  if (!latest || !earlier) return null;
  const days = (latest.at.getTime() - earlier.at.getTime()) / DAY_MS;
  if (days <= 0) return null;
  return (latest.reviewCount - earlier.reviewCount) / days;
}

/** Whole days since the current listing version was first seen (floor); null if unknown. */
export function listingAgeDays(firstSeenAt: Date | null, now: Date): number | null {
  if (!firstSeenAt) return null;
  return Math.max(0, Math.floor((now.getTime() - firstSeenAt.getTime()) / DAY_MS));
}
