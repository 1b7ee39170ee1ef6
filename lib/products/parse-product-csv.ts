import Papa from "papaparse";
import { z } from "zod";
import {
  type MarketplaceCode,
  isMarketplaceCode,
  marketplaceCodes,
  marketplaceForHost,
  marketplaces,
} from "@/lib/marketplaces/marketplaces";
import { productKey } from "@/lib/products/parse-product-lines";
import { type ProductReferenceError, parseProductReference } from "@/lib/products/parse-product-reference";
import { type controlCharactersMessage, plainText } from "@/lib/validation/text";

// CSV import. Documented columns (header row required, names case-insensitive, any order,
// other columns ignored so a seller can upload their own sheet):
//   asin | url    at least one; `asin` may also hold a URL
//   marketplace   "US", "uk", "GB", "amazon.de"...; optional when a URL says it
//   type          own | competitor, default competitor
//   tags          separated by ";" or "|" (commas are ambiguous in CSV)
// Line numbers are spreadsheet rows: header = line 1, and a quoted multi-line cell is one row.

const productTypes = ["own", "competitor"] as const;
type ProductType = (typeof productTypes)[number];

const csvColumns = ["asin", "url", "marketplace", "type", "tags"] as const;
type CsvColumn = (typeof csvColumns)[number];

const maxTagLength = 50;
const maxTagsPerProduct = 20;

type CsvFileError = "csv_empty" | "csv_missing_column" | "csv_no_rows";
type CsvRowError =
  | ProductReferenceError
  | "invalid_marketplace"
  | "marketplace_mismatch"
  | "asin_url_mismatch"
  | "invalid_product_type"
  | "tag_too_long"
  | "too_many_tags"
  | "csv_extra_fields"
  | "csv_malformed_row"
  | typeof controlCharactersMessage;

type CsvProductItem = {
  line: number;
  asin: string;
  marketplace: MarketplaceCode;
  type: ProductType;
  tags: string[];
};
type CsvProductError = { line: number; column: CsvColumn | null; input: string; error: CsvRowError };
type CsvProductDuplicate = { line: number; asin: string; marketplace: MarketplaceCode; firstLine: number };

export type ParsedProductCsv =
  | { ok: false; error: CsvFileError }
  | { ok: true; items: CsvProductItem[]; errors: CsvProductError[]; duplicates: CsvProductDuplicate[] };

// A cell may hold a line break (a quoted multi-line cell); never a NUL or another control character.
const cellSchema = plainText({ multiline: true }).trim();

function csvRowSchema(defaultMarketplace: MarketplaceCode | undefined) {
  return z
    .object({
      asin: cellSchema,
      url: cellSchema,
      marketplace: cellSchema,
      type: cellSchema
        .toLowerCase()
        .transform((v) => v || "competitor")
        .pipe(z.enum(productTypes, { error: "invalid_product_type" })),
      tags: cellSchema.transform(splitTags).pipe(
        z
          .array(z.string().max(maxTagLength, { error: "tag_too_long" }))
          .max(maxTagsPerProduct, { error: "too_many_tags" }),
      ),
    })
    .transform((row, ctx) => {
      const resolved = resolveProduct(row, defaultMarketplace);
      if ("error" in resolved) {
        ctx.addIssue({ code: "custom", message: resolved.error, path: [resolved.column] });
        return z.NEVER;
      }
      return { ...resolved, type: row.type, tags: row.tags };
    });
}

type CsvRow = { line: number; cells: string[]; raw: string; malformed: boolean };

// A quote that never closes makes the parser read the rest of the file as one cell, so one
// bad row would take every row after it. When the file has a quote error, each physical line
// is read on its own instead: the broken line is reported with its number and the others are
// kept (a legitimate multi-line quoted cell is then reported too, as its lines).
function readCsvRows(text: string): { rows: CsvRow[]; delimiter: string } {
  // European Excel exports use ";"; "|" is left out of the guesses because tags use it.
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [",", ";", "\t"], skipEmptyLines: false });
  const delimiter = parsed.meta.delimiter;
  if (!parsed.errors.some((e) => e.type === "Quotes")) {
    return { delimiter, rows: parsed.data.map((cells, index) => ({ line: index + 1, cells, raw: cells.join(delimiter), malformed: false })) };
  }
  const rows = text.split(/\r\n|\r|\n/).map((raw, index) => {
    const line = Papa.parse<string[]>(raw, { delimiter, skipEmptyLines: false });
    return { line: index + 1, cells: line.data[0] ?? [], raw, malformed: line.errors.some((e) => e.type === "Quotes") };
  });
  return { delimiter, rows };
}

export function parseProductCsv(text: string, options: { defaultMarketplace?: MarketplaceCode } = {}): ParsedProductCsv {
  const { rows, delimiter } = readCsvRows(text);
  const headerIndex = rows.findIndex((row) => !row.malformed && !isBlank(row.cells));
  if (headerIndex === -1) return { ok: false, error: "csv_empty" };

  const header = rows[headerIndex]!.cells.map((name) => name.replace(/^\uFEFF/, "").trim().toLowerCase());
  const columnIndex = new Map<CsvColumn, number>();
  for (const column of csvColumns) {
    const index = header.indexOf(column);
    if (index !== -1) columnIndex.set(column, index);
  }
  if (!columnIndex.has("asin") && !columnIndex.has("url")) return { ok: false, error: "csv_missing_column" };

  const items: CsvProductItem[] = [];
  const errors: CsvProductError[] = [];
  const duplicates: CsvProductDuplicate[] = [];
  const firstLineByKey = new Map<string, number>();
  const rowSchema = csvRowSchema(options.defaultMarketplace);
  let dataRows = 0;

  for (const row of rows.slice(headerIndex + 1)) {
    let cells = row.cells;
    const line = row.line;
    if (row.malformed) {
      dataRows++;
      errors.push({ line, column: null, input: row.raw, error: "csv_malformed_row" });
      continue;
    }
    if (isBlank(cells)) continue;
    dataRows++;
    if (header.length === 1) {
      // A one-column file has no real delimiter: a raw comma belongs to the value (URL query).
      cells = [cells.join(delimiter)];
    } else if (cells.slice(header.length).some((c) => c.trim() !== "")) {
      // Usually tags separated by unquoted commas: refuse rather than guess which cell moved.
      errors.push({ line, column: null, input: row.raw, error: "csv_extra_fields" });
      continue;
    }

    const cell = (column: CsvColumn) => {
      const i = columnIndex.get(column);
      return i === undefined ? "" : (cells[i] ?? "");
    };
    const raw = {
      asin: cell("asin"),
      url: cell("url"),
      marketplace: cell("marketplace"),
      type: cell("type"),
      tags: cell("tags"),
    };
    const checked = rowSchema.safeParse(raw);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const column = (issue.path[0] as CsvColumn | undefined) ?? null;
        errors.push({ line, column, input: column ? raw[column] : "", error: issue.message as CsvRowError });
      }
      continue;
    }

    const item = { line, ...checked.data };
    const key = productKey(item.asin, item.marketplace);
    const firstLine = firstLineByKey.get(key);
    if (firstLine !== undefined) {
      duplicates.push({ line, asin: item.asin, marketplace: item.marketplace, firstLine });
      continue;
    }
    firstLineByKey.set(key, line);
    items.push(item);
  }

  if (dataRows === 0) return { ok: false, error: "csv_no_rows" };
  return { ok: true, items, errors, duplicates };
}

type ResolvedProduct =
  | { asin: string; marketplace: MarketplaceCode }
  | { error: CsvRowError; column: CsvColumn };

function resolveProduct(
  row: { asin: string; url: string; marketplace: string },
  defaultMarketplace: MarketplaceCode | undefined,
): ResolvedProduct {
  let marketplace: MarketplaceCode | undefined;
  if (row.marketplace !== "") {
    marketplace = resolveMarketplace(row.marketplace);
    if (!marketplace) return { error: "invalid_marketplace", column: "marketplace" };
  }

  if (row.url !== "") {
    const fromUrl = parseProductReference(row.url, marketplace);
    if (!fromUrl.ok) return { error: fromUrl.error, column: "url" };
    if (marketplace && fromUrl.marketplace !== marketplace) return { error: "marketplace_mismatch", column: "marketplace" };
    if (row.asin !== "") {
      const fromAsin = parseProductReference(row.asin, fromUrl.marketplace);
      if (!fromAsin.ok) return { error: fromAsin.error, column: "asin" };
      if (fromAsin.asin !== fromUrl.asin) return { error: "asin_url_mismatch", column: "asin" };
    }
    return { asin: fromUrl.asin, marketplace: fromUrl.marketplace };
  }

  if (row.asin === "") return { error: "empty", column: "asin" };
  // The default only fills an empty cell: a URL's own domain always wins.
  const fromAsin = parseProductReference(row.asin, marketplace ?? defaultMarketplace);
  if (!fromAsin.ok) {
    return { error: fromAsin.error, column: fromAsin.error === "marketplace_required" ? "marketplace" : "asin" };
  }
  if (marketplace && fromAsin.marketplace !== marketplace) return { error: "marketplace_mismatch", column: "marketplace" };
  return { asin: fromAsin.asin, marketplace: fromAsin.marketplace };
}

/** "US", "uk", "GB" (country), "amazon.de", "www.amazon.co.jp", "https://amazon.fr/" → code. */
export function resolveMarketplace(value: string): MarketplaceCode | undefined {
  const v = value.trim();
  const upper = v.toUpperCase();
  if (isMarketplaceCode(upper)) return upper;
  const byCountry = marketplaceCodes.find((code) => marketplaces[code].country === upper);
  if (byCountry) return byCountry;
  const host = v.toLowerCase().replace(/^[a-z]+:\/\//, "").split(/[/?#]/)[0] ?? "";
  return host.includes(".") ? marketplaceForHost(host) : undefined;
}

function splitTags(value: string): string[] {
  const tags = value
    .split(/[;|]/)
    .map((t) => t.trim())
    .filter((t) => t !== "");
  return [...new Set(tags)];
}

function isBlank(row: string[]): boolean {
  return row.every((cell) => cell.trim() === "");
}
