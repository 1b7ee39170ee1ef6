import { z } from "zod";

export const historyRanges = ["7d", "30d", "90d", "1y"] as const;
export const historyRangeSchema = z.enum(historyRanges);
export type HistoryRange = (typeof historyRanges)[number];
export const rangeDays: Record<HistoryRange, number> = { "7d": 7, "30d": 30, "90d": 90, "1y": 365 };
