import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { AddProductsResult } from "@/lib/products/add-products";

export type ParsedInput = {
  errors: Array<{ line: number; input: string; error: string }>;
  duplicates: Array<{ line: number; asin: string; marketplace: MarketplaceCode; firstLine: number }>;
};

export type AddProductsReport = { added: number; firstCrawl: "scheduled" | "manual"; problems: string[] };

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Every line that was not added, with its line number and why, in the user's language. */
export function buildAddReport(
  parsed: ParsedInput,
  result: AddProductsResult,
  firstCrawlRequested: boolean,
  t: Translate,
): AddProductsReport {
  const problems = [
    ...parsed.errors.map((e) => ({
      line: e.line,
      text: t("add.lineError", { line: e.line, input: e.input, message: t(`lineErrors.${e.error}`) }),
    })),
    ...parsed.duplicates.map((d) => ({ line: d.line, text: t("add.duplicateLine", { ...d }) })),
    ...result.alreadyTracked.map((d) => ({ line: d.line, text: t("add.alreadyTracked", { ...d }) })),
  ].sort((a, b) => a.line - b.line);
  return {
    added: result.added.length,
    firstCrawl: firstCrawlRequested ? "scheduled" : "manual",
    problems: problems.map((p) => p.text),
  };
}
