import { describe, expect, it } from "vitest";
import catalogDay1 from "@/tests/fixtures/apify/catalog-day1.json";
import edgeCases from "@/tests/fixtures/apify/edge-cases.json";
import invalidItems from "@/tests/fixtures/apify/invalid-items.json";
import { loadFailedPageCases } from "@/tests/support/fixtures";
import { apifyItemSchema, apifyProductItemSchema, parseApifyItem } from "@/lib/sources/apify/apify-item-schema";
import { cleanAvailabilityText, normaliseApifyItem, splitApifyItems } from "@/lib/sources/apify/normalise-apify-item";

const capturedAt = new Date("2026-11-22T06:00:00Z");

function raw(list: readonly object[], asin: string) {
  const item = list.find((i) => "originalAsin" in i && i.originalAsin === asin);
  if (!item) throw new Error(`no fixture item for ${asin}`);
  return structuredClone(item) as Record<string, unknown>;
}

function product(item: unknown) {
  return apifyProductItemSchema.parse(item);
}

describe("normaliseApifyItem", () => {
  it("maps a complete amazon.com item", () => {
    const reading = normaliseApifyItem({ item: product(raw(catalogDay1, "B0DA6UWS7H")), marketplace: "US", capturedAt });
    expect(reading).toEqual({
      asin: "B0DA6UWS7H",
      marketplace: "US",
      capturedAt,
      currency: "USD",
      price: 289.7,
      listPrice: 433.84,
      buyBoxPrice: 289.7,
      bsr: 8624,
      bsrCategory: "Electronics",
      bsrRanks: [
        { rank: 8624, category: "Electronics" },
        { rank: 433, category: "Earbud & In-Ear Headphones" },
      ],
      rating: 3.9,
      reviewCount: 27265,
      inStock: true,
      availabilityText: "In Stock",
      buyBoxSellerId: "ATVPDKIKX0DER",
      buyBoxSellerName: "Amazon.com",
      listing: {
        title: "Auralis Bone Conduction Headphones 2, Active noise cancellation",
        brand: "Auralis",
        bullets: [
          "Active noise cancellation with transparency mode",
          "Up to 40 hours of battery with the charging case",
          "Ergonomic fit with four ear-tip sizes",
          "IPX5 sweat and water resistance",
          "Low-latency game mode",
        ],
        images: [
          "https://m.media-amazon.com/images/I/DA6UWS7HL1._AC_SL1500_.jpg",
          "https://m.media-amazon.com/images/I/DA6UWS7HL2._AC_SL1500_.jpg",
          "https://m.media-amazon.com/images/I/DA6UWS7HL3._AC_SL1500_.jpg",
        ],
        categoryPath: ["Electronics", "Headphones, Earbuds & Accessories", "Earbud & In-Ear Headphones"],
      },
      isDemo: false,
    });
  });

  it.each([
    ["B09LVBX5D7", "UK", "GBP", 91.88],
    ["B0UR729ETC", "DE", "EUR", 219.16],
    ["B0E0ZV1K84", "JP", "JPY", 3024],
  ] as const)("takes the currency of %s from the %s marketplace, not the symbol", (asin, marketplace, currency, price) => {
    const reading = normaliseApifyItem({ item: product(raw(catalogDay1, asin)), marketplace, capturedAt });
    expect(reading).toMatchObject({ currency, price });
  });

  it("rounds away the actor's float noise", () => {
    const reading = normaliseApifyItem({ item: product(raw(edgeCases, "B0RVU8W7TU")), marketplace: "UK", capturedAt });
    expect(reading.price).toBe(169.85);
  });

  it("keeps a missing price as null, never 0, and reads out-of-stock", () => {
    const reading = normaliseApifyItem({ item: product(raw(edgeCases, "B09BA8U6F2")), marketplace: "US", capturedAt });
    expect(reading).toMatchObject({
      price: null,
      listPrice: null,
      buyBoxPrice: null,
      inStock: false,
      availabilityText: "Currently unavailable.",
    });
  });

  it("handles empty breadcrumbs, thumbnail and ranks", () => {
    const reading = normaliseApifyItem({ item: product(raw(edgeCases, "B0RVU8W7TU")), marketplace: "UK", capturedAt });
    expect(reading).toMatchObject({ bsr: null, bsrCategory: null, bsrRanks: [] });
    expect(reading.listing.categoryPath).toEqual([]);
    expect(reading.listing.images).toHaveLength(3);
  });

  it("reports no rating as null", () => {
    const reading = normaliseApifyItem({ item: product(raw(edgeCases, "B0VEJVC0XC")), marketplace: "US", capturedAt });
    expect(reading).toMatchObject({ rating: null, reviewCount: 0 });
    const zero = normaliseApifyItem({ item: product({ ...raw(edgeCases, "B0VEJVC0XC"), stars: 0 }), marketplace: "US", capturedAt });
    expect(zero.rating).toBeNull();
  });

  it("uses the asked ASIN, not the parent the actor loaded", () => {
    const reading = normaliseApifyItem({ item: product(raw(edgeCases, "B0WH123JSU")), marketplace: "DE", capturedAt });
    expect(reading.asin).toBe("B0WH123JSU");
  });

  it("claims no buy-box price when no buy-box seller is shown", () => {
    const item = product({ ...raw(catalogDay1, "B0DA6UWS7H"), seller: null });
    const reading = normaliseApifyItem({ item, marketplace: "US", capturedAt });
    expect(reading).toMatchObject({ price: 289.7, buyBoxPrice: null, buyBoxSellerId: null, buyBoxSellerName: null });
  });

  it("falls back from high-resolution images to gallery thumbnails to the main thumbnail", () => {
    const base = raw(catalogDay1, "B0DA6UWS7H");
    const noHighRes = normaliseApifyItem({ item: product({ ...base, highResolutionImages: [] }), marketplace: "US", capturedAt });
    expect(noHighRes.listing.images[0]).toMatch(/_AC_US40_/);
    const onlyThumb = product({ ...base, highResolutionImages: undefined, galleryThumbnails: null });
    expect(normaliseApifyItem({ item: onlyThumb, marketplace: "US", capturedAt }).listing.images).toEqual([base.thumbnailImage]);
    const none = product({ ...base, highResolutionImages: [], galleryThumbnails: [], thumbnailImage: "" });
    expect(normaliseApifyItem({ item: none, marketplace: "US", capturedAt }).listing.images).toEqual([]);
  });
});

describe("cleanAvailabilityText", () => {
  it.each([
    ["In Stock  In Stock", "In Stock"],
    ["  In stock ", "In stock"],
    ["Only 3 left in stock Only 3 left in stock Only 3 left in stock", "Only 3 left in stock"],
    ["Usually dispatched within 2 to 3 days", "Usually dispatched within 2 to 3 days"],
    ["Stock Stock", "Stock"],
    ["", null],
    [null, null],
  ])("%j → %j", (input, expected) => {
    expect(cleanAvailabilityText(input)).toBe(expected);
  });
});

describe("apify item schema", () => {
  it("accepts every fixture item, unknown keys included", () => {
    for (const item of [...catalogDay1, ...edgeCases]) expect(apifyItemSchema.safeParse(item).success).toBe(true);
    // A field the actor starts sending tomorrow is no reason to reject the item; nothing reads it.
    const parsed = parseApifyItem({ ...raw(catalogDay1, "B0DA6UWS7H"), somethingNew: { a: 1 } });
    expect(parsed).toMatchObject({ kind: "product", item: { originalAsin: "B0DA6UWS7H" } });
    expect(parsed.kind === "product" && "somethingNew" in parsed.item).toBe(false);
  });

  it("classifies error items", () => {
    expect(parseApifyItem(raw(edgeCases, "B0NOTFOUND"))).toEqual({ kind: "error", message: "Product page not found (404)" });
  });

  it("names the field that failed", () => {
    const messages = invalidItems.map((item) => parseApifyItem(item));
    expect(messages[0]).toMatchObject({ kind: "invalid", message: expect.stringMatching(/^price\.value: /) });
    expect(messages[1]).toMatchObject({ kind: "invalid", message: expect.stringMatching(/^title: /) });
    expect(messages[2]).toMatchObject({ kind: "invalid", message: expect.stringMatching(/^bestsellerRanks\.0\.rank: /) });
  });
});

describe("splitApifyItems", () => {
  const split = (items: readonly unknown[], asins: string[], marketplace: "US" | "UK" | "DE" | "JP" = "US") =>
    splitApifyItems({ items, asins, marketplace, capturedAt });

  it("joins on originalAsin and reports error items, absent and invalid ASINs", () => {
    const items = [...edgeCases.filter((i) => i.url?.includes("amazon.com/")), ...invalidItems];
    const result = split(items, ["B09BA8U6F2", "B0VEJVC0XC", "B0NOTFOUND", "B0BADPRICE", "B0ABSENT00"]);
    expect(result.readings.map((r) => r.asin)).toEqual(["B09BA8U6F2", "B0VEJVC0XC"]);
    expect(result.failures).toEqual([
      { asin: "B0NOTFOUND", reason: "not_found", detail: "Apify error item: Product page not found (404)" },
      { asin: "B0BADPRICE", reason: "invalid", detail: expect.stringMatching(/^price\.value: /) },
      { asin: "B0ABSENT00", reason: "missing", detail: expect.any(String) },
    ]);
  });

  it("joins a variant item on originalAsin even though asin is the parent", () => {
    const result = split(edgeCases, ["B0WH123JSU", "B0PARENT00"], "DE");
    expect(result.readings.map((r) => r.asin)).toEqual(["B0WH123JSU"]);
    expect(result.failures).toEqual([{ asin: "B0PARENT00", reason: "missing", detail: expect.any(String) }]);
  });

  it("falls back to asin only when originalAsin is missing", () => {
    const { originalAsin: _dropped, ...item } = raw(catalogDay1, "B0DA6UWS7H");
    expect(split([item], ["B0DA6UWS7H"]).readings).toHaveLength(1);
  });

  it("ignores items for ASINs nobody asked for", () => {
    const result = split(catalogDay1, ["B0DA6UWS7H"]);
    expect(result.readings.map((r) => r.asin)).toEqual(["B0DA6UWS7H"]);
    expect(result.failures).toEqual([]);
  });

  it("keeps the first valid item of duplicates", () => {
    const first = raw(catalogDay1, "B0DA6UWS7H");
    const second = { ...first, price: { value: 1, currency: "$" } };
    const broken = { ...first, price: { value: "oops", currency: "$" } };
    const errored = { originalAsin: "B0DA6UWS7H", error: "blocked" };
    expect(split([broken, errored, first, second], ["B0DA6UWS7H"])).toMatchObject({ readings: [{ price: 289.7 }], failures: [] });
    expect(split([broken, errored], ["B0DA6UWS7H"]).failures).toMatchObject([{ reason: "invalid" }]);
  });

  it("rejects an item from another storefront: its prices are in another currency", () => {
    const result = split([raw(catalogDay1, "B0DA6UWS7H")], ["B0DA6UWS7H"], "UK");
    expect(result.failures).toEqual([
      { asin: "B0DA6UWS7H", reason: "invalid", detail: "loadedCountryCode: expected GB, got US" },
    ]);
  });

  it("keeps only the product pages of a mixed dataset as readings and classifies every other item", () => {
    const pages = new Map(loadFailedPageCases().map((c) => [c.case, c.item]));
    const page = (name: string) => {
      const item = pages.get(name);
      if (!item) throw new Error(`no case ${name}`);
      return item;
    };
    const mixed = [
      raw(catalogDay1, "B0DA6UWS7H"),
      page("robot-check-en"),
      page("continue-shopping-en"),
      page("sign-in-en"),
      page("error-dogs-en"),
      page("apify-status-503"),
      raw(catalogDay1, "B00PFMHYSE"),
      page("not-found-en"),
      page("apify-error-404"),
      page("invalid-price-string"),
      page("product-robot-vacuum"),
      page("out-of-stock-with-previous"),
    ];
    const asins = mixed.map((item) => String(item.originalAsin));
    const result = split([...mixed].reverse(), asins);

    expect(result.readings.map((r) => r.asin)).toEqual(["B0DA6UWS7H", "B00PFMHYSE", "B0ROBOVAC1", "B0OUTSTCK1"]);
    expect(result.failures.map(({ asin, reason }) => [asin, reason])).toEqual([
      ["B0RBCHKEN1", "blocked"],
      ["B0CONTSHP1", "blocked"],
      ["B0SIGNINEN", "blocked"],
      ["B0DOGS503A", "blocked"],
      ["B0STAT5030", "blocked"],
      ["B0NOTFNDEN", "not_found"],
      ["B0ERR40400", "not_found"],
      ["B0BADPRC01", "invalid"],
    ]);
    expect(result.failures[0].detail).toBe('robot check page (title "Robot Check")');
    expect(result.failures[4].detail).toBe("Apify error item: HTTP 503 (Service Unavailable)");
  });

  it("takes a product read after a blocked page for the same ASIN, and reports the first failure when none is", () => {
    const good = raw(catalogDay1, "B0DA6UWS7H");
    const blocked = { ...good, title: "Robot Check", price: null, bestsellerRanks: [], stars: null, reviewsCount: null };
    const missing404 = { originalAsin: "B0DA6UWS7H", error: "Product page not found (404)" };
    expect(split([blocked, good], ["B0DA6UWS7H"])).toMatchObject({ readings: [{ price: 289.7 }], failures: [] });
    expect(split([blocked, missing404], ["B0DA6UWS7H"]).failures).toMatchObject([{ reason: "blocked" }]);
    expect(split([missing404, blocked], ["B0DA6UWS7H"]).failures).toMatchObject([{ reason: "not_found" }]);
  });

  it("reports each asked ASIN once and in the order asked", () => {
    const result = split([], ["B0AAAAAAAA", "B0BBBBBBBB", "B0AAAAAAAA"]);
    expect(result.failures.map((f) => f.asin)).toEqual(["B0AAAAAAAA", "B0BBBBBBBB"]);
  });
});
