import { z } from "zod";

// Chart ranges of the product page. "all" has no start; the others count back from now.
export const historyRanges = ["7d", "30d", "90d", "1y", "all"] as const;
export type HistoryRange = (typeof historyRanges)[number];
export const historyRangeSchema = z.enum(historyRanges);

const DAY = 86_400_000;
const rangeDays: Record<Exclude<HistoryRange, "all">, number> = { "7d": 7, "30d": 30, "90d": 90, "1y": 365 };

export const defaultHistoryRange: HistoryRange = "90d";

/** First moment of the range, or null for "all". */
export function rangeStart(range: HistoryRange, now: Date): Date | null {
  return range === "all" ? null : new Date(now.getTime() - rangeDays[range] * DAY);
}

/**
 * The range a page opens with. A link from an alert (`?at=`) must show that moment, so the
 * smallest range that still contains it wins over the default when the default would not.
 */
export function rangeContaining(at: Date | null, now: Date, preferred: HistoryRange = defaultHistoryRange): HistoryRange {
  if (!at) return preferred;
  const fits = (range: HistoryRange) => {
    const start = rangeStart(range, now);
    return start === null || at.getTime() >= start.getTime();
  };
  if (fits(preferred)) return preferred;
  return historyRanges.find(fits) ?? "all";
}

/** Reads `?at=` leniently: anything that is not a valid date is ignored, not an error. */
export function parseAt(value: string | string[] | undefined): Date | null {
  if (typeof value !== "string" || value === "") return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}
