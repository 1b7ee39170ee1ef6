import { describe, expect, it } from "vitest";
import { parseProductLines } from "@/lib/products/parse-product-lines";

describe("parseProductLines", () => {
  it("parses ASINs and URLs, one per line, with line numbers that skip nothing", () => {
    const text = [
      "B0C1X2Y3Z4",
      "",
      "  https://www.amazon.de/Kopfhörer/dp/B0DDDDDDD1/ref=sr_1_1?keywords=a,b  ",
      "   ",
      "amazon.co.jp/dp/B0JJJJJJJ1",
    ].join("\n");
    expect(parseProductLines(text, "US")).toEqual({
      items: [
        { line: 1, asin: "B0C1X2Y3Z4", marketplace: "US" },
        { line: 3, asin: "B0DDDDDDD1", marketplace: "DE" },
        { line: 5, asin: "B0JJJJJJJ1", marketplace: "JP" },
      ],
      errors: [],
      duplicates: [],
    });
  });

  it("tolerates CRLF, lone CR and a BOM", () => {
    const result = parseProductLines("\uFEFFB0AAAAAAA1\r\nB0AAAAAAA2\rB0AAAAAAA3\r\n", "UK");
    expect(result.items.map((i) => [i.line, i.asin])).toEqual([
      [1, "B0AAAAAAA1"],
      [2, "B0AAAAAAA2"],
      [3, "B0AAAAAAA3"],
    ]);
    expect(result.errors).toEqual([]);
  });

  it("keeps good lines when others are bad, and says which line failed and why", () => {
    const text = ["B0AAAAAAA1", "not an asin", "https://www.ebay.com/itm/1", "https://a.co/d/4xZq9Bk", "B0AAAAAAA2"].join(
      "\n",
    );
    const result = parseProductLines(text, "US");
    expect(result.items.map((i) => i.line)).toEqual([1, 5]);
    expect(result.errors).toEqual([
      { line: 2, input: "not", error: "invalid_asin" },
      { line: 2, input: "an", error: "invalid_asin" },
      { line: 2, input: "asin", error: "invalid_asin" },
      { line: 3, input: "https://www.ebay.com/itm/1", error: "not_amazon_url" },
      { line: 4, input: "https://a.co/d/4xZq9Bk", error: "short_link_without_asin" },
    ]);
  });

  it("reports bare ASINs when no default marketplace is given, but URLs still work", () => {
    const result = parseProductLines("B0AAAAAAA1\nhttps://www.amazon.fr/dp/B0AAAAAAA1");
    expect(result.errors).toEqual([{ line: 1, input: "B0AAAAAAA1", error: "marketplace_required" }]);
    expect(result.items).toEqual([{ line: 2, asin: "B0AAAAAAA1", marketplace: "FR" }]);
  });

  it("reports duplicates within the paste instead of adding them twice", () => {
    const text = [
      "B0AAAAAAA1",
      "https://www.amazon.com/dp/B0AAAAAAA1?th=1",
      "b0aaaaaaa1",
      "https://www.amazon.co.uk/dp/B0AAAAAAA1",
    ].join("\n");
    const result = parseProductLines(text, "US");
    expect(result.items).toEqual([
      { line: 1, asin: "B0AAAAAAA1", marketplace: "US" },
      // Same ASIN on another marketplace is another product.
      { line: 4, asin: "B0AAAAAAA1", marketplace: "UK" },
    ]);
    expect(result.duplicates).toEqual([
      { line: 2, asin: "B0AAAAAAA1", marketplace: "US", firstLine: 1 },
      { line: 3, asin: "B0AAAAAAA1", marketplace: "US", firstLine: 1 },
    ]);
  });

  it("splits comma, semicolon and space separated lists on one line", () => {
    const result = parseProductLines("B0AAAAAAA1, B0AAAAAAA2;B0AAAAAAA3 B0AAAAAAA4,", "US");
    expect(result.items.map((i) => i.asin)).toEqual(["B0AAAAAAA1", "B0AAAAAAA2", "B0AAAAAAA3", "B0AAAAAAA4"]);
    expect(result.items.every((i) => i.line === 1)).toBe(true);
  });

  it("splits URLs separated by commas but keeps commas inside a query string", () => {
    const text = "https://www.amazon.com/dp/B0AAAAAAA1?x=a,b,https://www.amazon.de/dp/B0AAAAAAA2,";
    const result = parseProductLines(text);
    expect(result.items).toEqual([
      { line: 1, asin: "B0AAAAAAA1", marketplace: "US" },
      { line: 1, asin: "B0AAAAAAA2", marketplace: "DE" },
    ]);
  });

  it("takes the first cell of rows copied from a spreadsheet", () => {
    const text = "B0AAAAAAA1\tAuralis Wireless Earbuds, Black\t$49.99\n\tB0AAAAAAA2\town";
    const result = parseProductLines(text, "US");
    expect(result.items.map((i) => [i.line, i.asin])).toEqual([
      [1, "B0AAAAAAA1"],
      [2, "B0AAAAAAA2"],
    ]);
    expect(result.errors).toEqual([]);
  });

  it("returns nothing for blank input", () => {
    expect(parseProductLines("\n  \n\t\n", "US")).toEqual({ items: [], errors: [], duplicates: [] });
  });
});
