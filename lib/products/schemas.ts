import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { uploadLimitBytes } from "@/lib/config/upload-limit";
import { marketplaceCodes, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";

export const marketplaceSchema = z.enum(marketplaceCodes as [MarketplaceCode, ...MarketplaceCode[]]);
export const productIdsSchema = z.array(plainText().min(1).max(40)).min(1).max(1000);

export const addFromTextSchema = z.object({
  text: plainText({ multiline: true }).max(uploadLimitBytes),
  marketplace: marketplaceSchema.optional(),
  kind: z.enum(["own", "competitor"]),
  tags: plainText().max(1000),
});

export const addFromCsvSchema = z.object({
  // Its size is checked in bytes by checkUploadSize, with the file's own message; Next.js's
  // body limit (next.config.ts) stops anything far larger before it is read.
  csv: z.string(),
  marketplace: marketplaceSchema.optional(),
});

/** "a, b,,c" → ["a", "b", "c"], de-duplicated, each at most 50 characters. */
export function splitTagInput(value: string): string[] {
  return [...new Set(value.split(/[,，;]/).map((t) => t.trim()).filter(Boolean))].map((t) => t.slice(0, 50)).slice(0, 20);
}
