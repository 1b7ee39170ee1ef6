import { z } from "zod";
import { historyRanges, type HistoryRange } from "@/lib/history/ranges";

/** The group chart offers the product page's ranges but "all" (members joined at different times). */
export const groupHistoryRanges = historyRanges.filter((r): r is Exclude<HistoryRange, "all"> => r !== "all");
export type GroupHistoryRange = (typeof groupHistoryRanges)[number];
export const groupHistoryRangeSchema = z.enum(groupHistoryRanges as [GroupHistoryRange, ...GroupHistoryRange[]]);
