import { describe, expect, it } from "vitest";
import { marketplaceCodes, marketplaces } from "@/lib/marketplaces/marketplaces";
import { parseProductReference } from "@/lib/products/parse-product-reference";

const asin = "B0C1X2Y3Z4";

describe("parseProductReference: bare ASINs", () => {
  it("accepts a B0 ASIN and upper-cases it", () => {
    expect(parseProductReference("  b0c1x2y3z4 ", "DE")).toEqual({ ok: true, asin, marketplace: "DE" });
  });

  it("accepts ISBN-10 style ASINs, with an X check digit", () => {
    expect(parseProductReference("0316769487", "US")).toEqual({ ok: true, asin: "0316769487", marketplace: "US" });
    expect(parseProductReference("043942089x", "UK")).toEqual({ ok: true, asin: "043942089X", marketplace: "UK" });
  });

  it("needs a marketplace for a bare ASIN", () => {
    expect(parseProductReference(asin)).toEqual({ ok: false, error: "marketplace_required" });
  });

  it.each(["B0C1X2Y3Z", "B0C1X2Y3Z45", "X0C1X2Y3Z4", "12345678X9", "B0C1X-Y3Z4", "hello"])(
    "rejects %s as invalid_asin",
    (input) => {
      expect(parseProductReference(input, "US")).toEqual({ ok: false, error: "invalid_asin" });
    },
  );

  it("reports empty input", () => {
    expect(parseProductReference("   ", "US")).toEqual({ ok: false, error: "empty" });
    expect(parseProductReference("", "US")).toEqual({ ok: false, error: "empty" });
  });

  it("strips quotes and angle brackets around a paste", () => {
    expect(parseProductReference(`"${asin}"`, "US")).toMatchObject({ ok: true, asin });
    expect(parseProductReference(`<https://www.amazon.com/dp/${asin}>`)).toMatchObject({ ok: true, asin });
  });
});

describe("parseProductReference: every marketplace domain", () => {
  it.each(marketplaceCodes)("%s", (code) => {
    const domain = marketplaces[code].domain;
    const forms = [
      `https://www.${domain}/dp/${asin}`,
      `http://${domain}/dp/${asin}/`,
      `${domain}/gp/product/${asin}`,
      `www.${domain}/dp/${asin}?th=1`,
      `https://smile.${domain}/dp/${asin}`,
      `https://WWW.${domain.toUpperCase()}/dp/${asin}`,
    ];
    for (const form of forms) {
      // The URL's domain wins over the default marketplace.
      expect(parseProductReference(form, code === "US" ? "DE" : "US"), form).toEqual({
        ok: true,
        asin,
        marketplace: code,
      });
    }
  });
});

describe("parseProductReference: URL forms", () => {
  it.each([
    `https://www.amazon.com/dp/${asin}`,
    `https://www.amazon.com/dp/${asin}/`,
    `https://www.amazon.com/dp/${asin.toLowerCase()}`,
    `https://www.amazon.com/dp/product/${asin}`,
    `https://www.amazon.com/gp/product/${asin}/ref=ppx_yo_dt_b_asin_title_o00_s00?ie=UTF8&psc=1`,
    `https://www.amazon.com/Auralis-Wireless-Earbuds-Cancelling-Bluetooth/dp/${asin}/ref=sr_1_3?crid=2ABC&keywords=earbuds&qid=1700000000&sr=8-3`,
    `https://www.amazon.com/dp/${asin}?th=1&psc=1#customerReviews`,
    `https://www.amazon.com/dp/${asin}#`,
    `https://www.amazon.com/gp/aw/d/${asin}/ref=ox_sc_act_image_1`,
    `https://www.amazon.com/exec/obidos/ASIN/${asin}/ref=nosim/somebody-20`,
    `https://www.amazon.com/exec/obidos/tg/detail/-/${asin}/`,
    `https://www.amazon.com/o/ASIN/${asin}/`,
    `https://www.amazon.com/o/${asin}`,
    `https://www.amazon.com/gp/offer-listing/${asin}/ref=dp_olp_NEW_mbc`,
    `https://www.amazon.com/product-reviews/${asin}/ref=cm_cr_dp_d_show_all_btm`,
    `https://www.amazon.com/-/es/dp/${asin}`,
    `https://www.amazon.com/gp/cart/aws-cart-add.html?ASIN=${asin}&Quantity.1=1`,
    `https://m.amazon.com/dp/${asin}`,
    `//www.amazon.com/dp/${asin}`,
  ])("%s", (url) => {
    expect(parseProductReference(url)).toEqual({ ok: true, asin, marketplace: "US" });
  });

  it("reads ISBN ASINs from book URLs", () => {
    expect(parseProductReference("https://www.amazon.co.uk/Catcher-Rye-J-D-Salinger/dp/0316769487/")).toEqual({
      ok: true,
      asin: "0316769487",
      marketplace: "UK",
    });
  });

  it("reads Japanese slugs", () => {
    const url = `https://www.amazon.co.jp/%E3%83%AF%E3%82%A4%E3%83%A4%E3%83%AC%E3%82%B9/dp/${asin}/ref=sr_1_1`;
    expect(parseProductReference(url)).toEqual({ ok: true, asin, marketplace: "JP" });
  });

  it("rejects other sites", () => {
    expect(parseProductReference(`https://www.ebay.com/itm/${asin}`)).toEqual({ ok: false, error: "not_amazon_url" });
    expect(parseProductReference(`https://amazon.example.com/dp/${asin}`)).toEqual({ ok: false, error: "not_amazon_url" });
    expect(parseProductReference(`https://notamazon.com/dp/${asin}`)).toEqual({ ok: false, error: "not_amazon_url" });
  });

  it("recognises Amazon stores we do not track", () => {
    expect(parseProductReference(`https://www.amazon.cn/dp/${asin}`)).toEqual({ ok: false, error: "unknown_marketplace" });
    expect(parseProductReference(`https://www.amazon.co.za/dp/${asin}`)).toEqual({ ok: false, error: "unknown_marketplace" });
  });

  it("needs an ASIN in the path", () => {
    for (const url of ["https://www.amazon.com/", "https://www.amazon.de/s?k=kopfhoerer", "amazon.co.jp/gp/bestsellers"]) {
      expect(parseProductReference(url), url).toEqual({ ok: false, error: "no_asin_in_url" });
    }
  });

  it("rejects a malformed ASIN after /dp/", () => {
    expect(parseProductReference("https://www.amazon.com/dp/B0SHORT")).toEqual({ ok: false, error: "invalid_asin" });
  });

  it("rejects unusable URLs", () => {
    expect(parseProductReference("ftp://amazon.com/dp/B0C1X2Y3Z4")).toEqual({ ok: false, error: "invalid_url" });
    expect(parseProductReference("https://exa mple.com/x")).toEqual({ ok: false, error: "invalid_url" });
  });
});

describe("parseProductReference: short links", () => {
  it.each(["https://amzn.to/3xYzAbC", "https://amzn.eu/d/9QwErTy", "https://a.co/d/4xZq9Bk", "a.co/d/abcdefghij"])(
    "refuses %s: no ASIN visible and we never follow redirects",
    (url) => {
      expect(parseProductReference(url, "US")).toEqual({ ok: false, error: "short_link_without_asin" });
    },
  );

  it("accepts a short link that spells out the ASIN, on the default marketplace", () => {
    expect(parseProductReference(`https://amzn.to/${asin}`, "UK")).toEqual({ ok: true, asin, marketplace: "UK" });
    expect(parseProductReference(`https://amzn.eu/dp/${asin}`, "DE")).toEqual({ ok: true, asin, marketplace: "DE" });
    expect(parseProductReference(`https://amzn.to/${asin}`)).toEqual({ ok: false, error: "marketplace_required" });
  });

  it("treats amzn.com as the US store", () => {
    expect(parseProductReference(`http://amzn.com/${asin}`, "DE")).toEqual({ ok: true, asin, marketplace: "US" });
  });
});
