import type { ProductReading } from "@/lib/sources/types";

// Change badges compare a product's latest reading with the one ~1 day and ~7 days earlier.
//
// BSR: a LOWER rank is better, so a falling number is "better" and a rising one "worse";
// the badge's colour and arrow follow that verdict, never the raw direction of the number.
// Ranks jitter by a few places all day, so moves under 2 % are "unchanged".
//
// Price: shown neutrally (arrow up or down, no good/bad colour). Whether a move is good
// depends on whose price it is and why: raising your own price is margin, a competitor's cut
// is a threat, a competitor's rise an opportunity; the list shows what moved and the seller
// judges. Every cent counts, so any difference is a move.

/** A reading as the badges compare it; the currency may be unknown on a product never read. */
export type ComparableReading = Pick<ProductReading, "price" | "inStock" | "bsr" | "bsrCategory"> & { currency: string | null };

export type Change = {
  /** Which way the number moved. */
  direction: "up" | "down" | "flat";
  /** What the move means for the seller: "neutral" for prices and flat moves. */
  verdict: "better" | "worse" | "neutral";
  /** (to − from) / from; 0.1 = +10 %. */
  relative: number;
  from: number;
  to: number;
};

const bsrFlatThreshold = 0.02;

export function priceChange(current: ComparableReading, previous: ComparableReading | null | undefined): Change | null {
  if (!previous) return null;
  // An out-of-stock listing has no real price to compare (Amazon shows a stale or reseller one).
  if (current.inStock === false || previous.inStock === false) return null;
  if (current.price === null || previous.price === null || previous.price <= 0) return null;
  if (current.currency !== previous.currency) return null;
  const diffCents = Math.round(current.price * 100) - Math.round(previous.price * 100);
  const relative = (current.price - previous.price) / previous.price;
  const direction = diffCents === 0 ? "flat" : diffCents > 0 ? "up" : "down";
  return { direction, verdict: "neutral", relative: diffCents === 0 ? 0 : relative, from: previous.price, to: current.price };
}

export function bsrChange(current: ComparableReading, previous: ComparableReading | null | undefined): Change | null {
  if (!previous) return null;
  if (current.bsr === null || previous.bsr === null || previous.bsr <= 0) return null;
  // Ranks in different categories are different scales.
  if (current.bsrCategory !== previous.bsrCategory) return null;
  const relative = (current.bsr - previous.bsr) / previous.bsr;
  if (Math.abs(relative) < bsrFlatThreshold) return { direction: "flat", verdict: "neutral", relative, from: previous.bsr, to: current.bsr };
  return relative < 0
    ? { direction: "down", verdict: "better", relative, from: previous.bsr, to: current.bsr }
    : { direction: "up", verdict: "worse", relative, from: previous.bsr, to: current.bsr };
}
