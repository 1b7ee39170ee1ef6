import type { CrawlFrequency } from "@/lib/generated/prisma/enums";

const HOUR = 3_600_000;
const frequencyMs: Record<CrawlFrequency, number> = { hourly: HOUR, daily: 24 * HOUR, weekly: 7 * 24 * HOUR };

/** A product's data is stale when its last good reading is older than twice its crawl interval. */
export function isStale({ lastReadingAt, frequency, paused, now }: { lastReadingAt: Date | null; frequency: CrawlFrequency; paused: boolean; now: Date }): boolean {
  return !paused && lastReadingAt !== null && now.getTime() - lastReadingAt.getTime() > 2 * frequencyMs[frequency];
}
