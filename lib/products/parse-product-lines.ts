import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { type ProductReferenceError, parseProductReference } from "@/lib/products/parse-product-reference";

// Bulk paste: one reference per line is the documented form, but sellers also paste
// comma/space separated ASIN lists and rows copied from spreadsheets, so:
// - a line's first tab-separated cell holds its references (the other cells of a copied
//   spreadsheet row are titles, prices...: ignored);
// - inside that cell, whitespace, commas and semicolons separate references;
// - blank lines are skipped but still counted, so line numbers match the text box.
// A bad reference never drops the good ones around it.

type ProductLineItem = { line: number; asin: string; marketplace: MarketplaceCode };
type ProductLineError = { line: number; input: string; error: ProductReferenceError };
type ProductLineDuplicate = {
  line: number;
  asin: string;
  marketplace: MarketplaceCode;
  /** The line where this product first appeared in the same paste. */
  firstLine: number;
};

export type ParsedProductLines = {
  items: ProductLineItem[];
  errors: ProductLineError[];
  duplicates: ProductLineDuplicate[];
};

export function parseProductLines(text: string, defaultMarketplace?: MarketplaceCode): ParsedProductLines {
  const result: ParsedProductLines = { items: [], errors: [], duplicates: [] };
  const firstLineByKey = new Map<string, number>();

  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    for (const input of referencesInLine(raw)) {
      const parsed = parseProductReference(input, defaultMarketplace);
      if (!parsed.ok) {
        result.errors.push({ line, input, error: parsed.error });
        continue;
      }
      const { asin, marketplace } = parsed;
      const key = productKey(asin, marketplace);
      const firstLine = firstLineByKey.get(key);
      if (firstLine !== undefined) {
        result.duplicates.push({ line, asin, marketplace, firstLine });
        continue;
      }
      firstLineByKey.set(key, line);
      result.items.push({ line, asin, marketplace });
    }
  });
  return result;
}

/** The identity of a tracked product: the same ASIN on two marketplaces is two products. */
export function productKey(asin: string, marketplace: MarketplaceCode): string {
  return `${marketplace}:${asin}`;
}

// A URL followed by another URL with only a comma between them.
const beforeNextUrl = /[,;]\s*(?=(?:https?:\/\/|www\.|smile\.|amazon\.|amzn\.|a\.co\/))/i;

function referencesInLine(raw: string): string[] {
  const cell = raw.replace(/^\uFEFF/, "").trim().split("\t")[0]?.trim() ?? "";
  if (cell === "") return [];
  return cell
    .split(/\s+/)
    .flatMap((token) =>
      // Raw commas can appear inside a URL's query string, so a URL is only cut where
      // another URL starts; a plain token is cut at every comma or semicolon.
      isUrlLike(token) ? token.split(beforeNextUrl).map((t) => t.replace(/[,;]+$/, "")) : token.split(/[,;]/),
    )
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

function isUrlLike(token: string): boolean {
  return token.includes("/") || token.includes(".");
}
