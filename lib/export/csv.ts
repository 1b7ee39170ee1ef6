import Papa from "papaparse";

export type CsvCell = string | number | boolean | Date | null | undefined;

// Excel only reads a CSV as UTF-8 when it starts with the byte-order mark; without it
// Chinese and Japanese titles turn into mojibake. Google Sheets ignores the mark.
export const utf8Bom = "\uFEFF";

/**
 * A spreadsheet-safe CSV: BOM, header row, CRLF, quotes only where needed, dates as ISO 8601
 * UTC, booleans as true/false, empty cells for missing values. Text starting with = + - @
 * is prefixed with ' so a competitor's title can never run as a formula (CSV injection).
 */
export function toCsv<C extends string>(columns: readonly C[], rows: ReadonlyArray<Record<C, CsvCell>>): string {
  const data = rows.map((row) => columns.map((c) => cell(row[c])));
  return `${utf8Bom}${Papa.unparse({ fields: [...columns], data }, { newline: "\r\n", escapeFormulae: true })}\r\n`;
}

function cell(value: CsvCell): string | number {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "true" : "false";
  return value;
}

/** A download response: UTF-8 CSV with a filename (ASCII, plus the RFC 5987 form). */
export function csvResponse(csv: string, filename: string): Response {
  const ascii = filename.replace(/[^\w.-]+/g, "_");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** "2026-03-04" for file names. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
