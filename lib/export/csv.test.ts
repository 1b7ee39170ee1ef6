import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvResponse, toCsv, utf8Bom } from "@/lib/export/csv";

const columns = ["captured_at", "currency", "price", "in_stock", "title"] as const;

describe("toCsv", () => {
  it("starts with the UTF-8 byte-order mark so Excel keeps Chinese and Japanese titles", async () => {
    const csv = toCsv(columns, [{ captured_at: null, currency: "JPY", price: 1980, in_stock: true, title: "ワイヤレスイヤホン 蓝牙耳机" }]);
    expect(csv.startsWith(utf8Bom)).toBe(true);
    const bytes = new Uint8Array(await new Response(csv).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toContain("ワイヤレスイヤホン 蓝牙耳机");
  });

  it("writes a header, ISO 8601 UTC dates, the currency code and plain numbers", () => {
    const csv = toCsv(columns, [
      { captured_at: new Date(Date.UTC(2026, 2, 4, 6, 30)), currency: "EUR", price: 1299.5, in_stock: false, title: null },
    ]);
    expect(csv.slice(1).split("\r\n")).toEqual(["captured_at,currency,price,in_stock,title", "2026-03-04T06:30:00.000Z,EUR,1299.5,false,", ""]);
  });

  it("quotes commas, quotes and line breaks so the row survives a round trip", () => {
    const title = 'Earbuds, "Pro" edition\nwith case';
    const csv = toCsv(columns, [{ captured_at: null, currency: "USD", price: 9.99, in_stock: true, title }]);
    expect(csv).toContain('"Earbuds, ""Pro"" edition\nwith case"');
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([{ captured_at: "", currency: "USD", price: "9.99", in_stock: "true", title }]);
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    const csv = toCsv(columns, [{ captured_at: null, currency: "USD", price: null, in_stock: null, title: "=HYPERLINK(\"http://x\")" }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe("csvResponse", () => {
  it("is a UTF-8 CSV download with a file name", () => {
    const res = csvResponse("a\r\n", "B0DEMO0001-US-history.csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      "attachment; filename=\"B0DEMO0001-US-history.csv\"; filename*=UTF-8''B0DEMO0001-US-history.csv",
    );
  });
});
