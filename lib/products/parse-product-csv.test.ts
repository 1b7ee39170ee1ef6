import { describe, expect, it } from "vitest";
import { type ParsedProductCsv, parseProductCsv, resolveMarketplace } from "@/lib/products/parse-product-csv";

function ok(result: ParsedProductCsv) {
  if (!result.ok) throw new Error(`expected a parsed file, got ${result.error}`);
  return result;
}

describe("parseProductCsv: happy paths", () => {
  it("reads asin, marketplace, type and tags, with defaults", () => {
    const csv = [
      "asin,marketplace,type,tags",
      "B0AAAAAAA1,US,own,earbuds;flagship",
      "b0aaaaaaa2,uk,,",
      "B0AAAAAAA3,amazon.de,Competitor,a | b |a",
    ].join("\n");
    expect(ok(parseProductCsv(csv)).items).toEqual([
      { line: 2, asin: "B0AAAAAAA1", marketplace: "US", type: "own", tags: ["earbuds", "flagship"] },
      { line: 3, asin: "B0AAAAAAA2", marketplace: "UK", type: "competitor", tags: [] },
      { line: 4, asin: "B0AAAAAAA3", marketplace: "DE", type: "competitor", tags: ["a", "b"] },
    ]);
  });

  it("takes the marketplace from a URL column", () => {
    const csv = "url,type\nhttps://www.amazon.co.jp/dp/B0JJJJJJJ1?th=1,own\nhttps://www.amazon.fr/x/dp/B0FFFFFFF1/,\n";
    expect(ok(parseProductCsv(csv)).items).toEqual([
      { line: 2, asin: "B0JJJJJJJ1", marketplace: "JP", type: "own", tags: [] },
      { line: 3, asin: "B0FFFFFFF1", marketplace: "FR", type: "competitor", tags: [] },
    ]);
  });

  it("uses the default marketplace only for rows without one", () => {
    const csv = "asin,marketplace,url\nB0AAAAAAA1,,\nB0AAAAAAA2,CA,\n,,https://www.amazon.de/dp/B0AAAAAAA3";
    const result = ok(parseProductCsv(csv, { defaultMarketplace: "US" }));
    expect(result.items.map((i) => i.marketplace)).toEqual(["US", "CA", "DE"]);
  });

  it("accepts headers in any case and order, ignores unknown columns", () => {
    const csv = " Title ,TAGS,Marketplace, ASIN \nSome earbuds,x,JP,B0AAAAAAA1";
    expect(ok(parseProductCsv(csv)).items).toEqual([
      { line: 2, asin: "B0AAAAAAA1", marketplace: "JP", type: "competitor", tags: ["x"] },
    ]);
  });
});

describe("parseProductCsv: file quirks", () => {
  it("handles a BOM, CRLF, quoted commas and Chinese tags", () => {
    const csv = '\uFEFFasin,marketplace,tags\r\nB0AAAAAAA1,US,"蓝牙耳机;主推款"\r\nB0AAAAAAA2,DE,"a, b|竞品"\r\n';
    expect(ok(parseProductCsv(csv)).items).toEqual([
      { line: 2, asin: "B0AAAAAAA1", marketplace: "US", type: "competitor", tags: ["蓝牙耳机", "主推款"] },
      { line: 3, asin: "B0AAAAAAA2", marketplace: "DE", type: "competitor", tags: ["a, b", "竞品"] },
    ]);
  });

  it("detects semicolon-delimited exports from European Excel", () => {
    const csv = "asin;marketplace;type;tags\r\nB0AAAAAAA1;DE;own;Kopfhörer, kabellos|Top\r\nB0AAAAAAA2;FR;competitor;écouteurs\r\n";
    expect(ok(parseProductCsv(csv)).items).toEqual([
      { line: 2, asin: "B0AAAAAAA1", marketplace: "DE", type: "own", tags: ["Kopfhörer, kabellos", "Top"] },
      { line: 3, asin: "B0AAAAAAA2", marketplace: "FR", type: "competitor", tags: ["écouteurs"] },
    ]);
  });

  it("detects tab-delimited files", () => {
    const csv = "asin\tmarketplace\nB0AAAAAAA1\tIN";
    expect(ok(parseProductCsv(csv)).items).toEqual([
      { line: 2, asin: "B0AAAAAAA1", marketplace: "IN", type: "competitor", tags: [] },
    ]);
  });

  it("counts rows like a spreadsheet: blank rows and multi-line cells", () => {
    const csv = 'asin,marketplace,tags\n\nB0AAAAAAA1,US,"line one\nline two"\nBAD,US,\n';
    const result = ok(parseProductCsv(csv));
    expect(result.items.map((i) => i.line)).toEqual([3]);
    expect(result.errors).toEqual([{ line: 4, column: "asin", input: "BAD", error: "invalid_asin" }]);
  });

  it("keeps raw commas of a URL in a one-column file", () => {
    const csv = "url\nhttps://www.amazon.com/dp/B0AAAAAAA1/ref=x?keywords=a,b\n";
    expect(ok(parseProductCsv(csv)).items.map((i) => i.asin)).toEqual(["B0AAAAAAA1"]);
  });
});

describe("parseProductCsv: errors", () => {
  it("reports each bad row with its line and column, and keeps the good rows", () => {
    const csv = [
      "asin,url,marketplace,type,tags",
      "B0AAAAAAA1,,US,own,", // 2 ok
      "B0AAAAAAA,,US,,", // 3 bad asin
      "B0AAAAAAA3,,XX,,", // 4 bad marketplace
      "B0AAAAAAA4,,US,mine,", // 5 bad type
      ",https://www.ebay.com/itm/1,,,", // 6 not amazon
      "B0AAAAAAA6,,,,", // 7 no marketplace
      ",https://www.amazon.de/dp/B0AAAAAAA7,US,,", // 8 mismatch
      "B0AAAAAAA9,https://www.amazon.de/dp/B0AAAAAAA8,,,", // 9 asin vs url
      `B0AAAAAAB1,,US,,${"x".repeat(51)}`, // 10 tag too long
      ",,US,own,", // 11 no reference
      "B0AAAAAAB2,,US,own,a,b", // 12 unquoted comma in tags
      "B0AAAAAAB3,,JP,,", // 13 ok
      ",https://a.co/d/4xZq9Bk,US,,", // 14 short link
    ].join("\n");
    const result = ok(parseProductCsv(csv));
    expect(result.items.map((i) => [i.line, i.asin])).toEqual([
      [2, "B0AAAAAAA1"],
      [13, "B0AAAAAAB3"],
    ]);
    expect(result.errors).toEqual([
      { line: 3, column: "asin", input: "B0AAAAAAA", error: "invalid_asin" },
      { line: 4, column: "marketplace", input: "XX", error: "invalid_marketplace" },
      { line: 5, column: "type", input: "mine", error: "invalid_product_type" },
      { line: 6, column: "url", input: "https://www.ebay.com/itm/1", error: "not_amazon_url" },
      { line: 7, column: "marketplace", input: "", error: "marketplace_required" },
      { line: 8, column: "marketplace", input: "US", error: "marketplace_mismatch" },
      { line: 9, column: "asin", input: "B0AAAAAAA9", error: "asin_url_mismatch" },
      { line: 10, column: "tags", input: "x".repeat(51), error: "tag_too_long" },
      { line: 11, column: "asin", input: "", error: "empty" },
      { line: 12, column: null, input: "B0AAAAAAB2,,US,own,a,b", error: "csv_extra_fields" },
      { line: 14, column: "url", input: "https://a.co/d/4xZq9Bk", error: "short_link_without_asin" },
    ]);
  });

  it("reports duplicates with the line of the first occurrence", () => {
    const csv = "asin,marketplace\nB0AAAAAAA1,US\nB0AAAAAAA1,UK\nb0aaaaaaa1,amazon.com\n";
    const result = ok(parseProductCsv(csv));
    expect(result.items.map((i) => i.line)).toEqual([2, 3]);
    expect(result.duplicates).toEqual([{ line: 4, asin: "B0AAAAAAA1", marketplace: "US", firstLine: 2 }]);
  });

  it("reports a row with an unterminated quote", () => {
    const csv = 'asin,marketplace,tags\nB0AAAAAAA1,US,ok\nB0AAAAAAA2,US,"oops\n';
    const result = ok(parseProductCsv(csv));
    expect(result.items.map((i) => i.line)).toEqual([2]);
    expect(result.errors).toMatchObject([{ line: 3, column: null, error: "csv_malformed_row" }]);
  });

  it("one stray quote is reported on its own line and every row after it is kept", () => {
    const csv = 'asin,marketplace,tags\nB0AAAAAAA1,US,"broken;tag\nB0AAAAAAA2,US,"multi\nline"\nB0AAAAAAA3,US,ok\n';
    const result = ok(parseProductCsv(csv));
    expect(result.items.map((i) => [i.line, i.asin])).toEqual([[5, "B0AAAAAAA3"]]);
    // Once a quote is broken, lines are read one by one: the others' multi-line cell is reported too.
    expect(result.errors.map((e) => [e.line, e.error])).toEqual([
      [2, "csv_malformed_row"],
      [3, "csv_malformed_row"],
      [4, "invalid_asin"],
    ]);
    expect(result.errors[0]!.input).toBe('B0AAAAAAA1,US,"broken;tag');
  });

  it("has file-level errors for a missing column, an empty file and a header without rows", () => {
    expect(parseProductCsv("marketplace,type\nUS,own")).toEqual({ ok: false, error: "csv_missing_column" });
    expect(parseProductCsv("B0AAAAAAA1\nB0AAAAAAA2")).toEqual({ ok: false, error: "csv_missing_column" });
    expect(parseProductCsv("")).toEqual({ ok: false, error: "csv_empty" });
    expect(parseProductCsv("\uFEFF\r\n\r\n")).toEqual({ ok: false, error: "csv_empty" });
    expect(parseProductCsv("asin,marketplace\r\n,\r\n")).toEqual({ ok: false, error: "csv_no_rows" });
  });
});

describe("resolveMarketplace", () => {
  it.each([
    ["US", "US"],
    ["uk", "UK"],
    ["GB", "UK"],
    ["amazon.co.jp", "JP"],
    ["www.amazon.com.mx", "MX"],
    ["https://www.amazon.com.be/", "BE"],
    ["Amazon.SG", "SG"],
    ["XX", undefined],
    ["amazon.cn", undefined],
    ["", undefined],
  ])("%s → %s", (input, expected) => {
    expect(resolveMarketplace(input)).toBe(expected);
  });
});
