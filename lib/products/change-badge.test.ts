import { describe, expect, it } from "vitest";
import { bsrChange, priceChange, type ComparableReading } from "@/lib/products/change-badge";

const reading = (over: Partial<ComparableReading> = {}): ComparableReading => ({
  price: 20,
  currency: "USD",
  inStock: true,
  bsr: 1000,
  bsrCategory: "Electronics",
  ...over,
});

describe("BSR change badge: a lower rank is better", () => {
  it("calls a falling rank better, even though the number went down", () => {
    expect(bsrChange(reading({ bsr: 800 }), reading({ bsr: 1000 }))).toEqual({
      direction: "down",
      verdict: "better",
      relative: -0.2,
      from: 1000,
      to: 800,
    });
  });

  it("calls a rising rank worse", () => {
    expect(bsrChange(reading({ bsr: 1500 }), reading({ bsr: 1000 }))).toMatchObject({ direction: "up", verdict: "worse", relative: 0.5 });
  });

  it("treats jitter of a few places as unchanged, not as better or worse", () => {
    expect(bsrChange(reading({ bsr: 1010 }), reading({ bsr: 1000 }))).toMatchObject({ direction: "flat", verdict: "neutral" });
    expect(bsrChange(reading({ bsr: 985 }), reading({ bsr: 1000 }))).toMatchObject({ direction: "flat", verdict: "neutral" });
    expect(bsrChange(reading({ bsr: 975 }), reading({ bsr: 1000 }))).toMatchObject({ verdict: "better" });
  });

  it("shows no badge when either side has no rank, there is no earlier reading, or the category changed", () => {
    expect(bsrChange(reading({ bsr: null }), reading())).toBeNull();
    expect(bsrChange(reading(), reading({ bsr: null }))).toBeNull();
    expect(bsrChange(reading(), null)).toBeNull();
    expect(bsrChange(reading({ bsrCategory: "Home & Kitchen" }), reading())).toBeNull();
  });

  it("still compares ranks while the product is out of stock (that is when rank slips)", () => {
    expect(bsrChange(reading({ bsr: 3000, inStock: false }), reading())).toMatchObject({ verdict: "worse" });
  });
});

describe("price change badge: neutral up or down", () => {
  it("says up or down without judging it", () => {
    expect(priceChange(reading({ price: 22 }), reading({ price: 20 }))).toMatchObject({ direction: "up", verdict: "neutral", from: 20, to: 22 });
    expect(priceChange(reading({ price: 15 }), reading({ price: 20 }))).toMatchObject({ direction: "down", verdict: "neutral", relative: -0.25 });
  });

  it("counts a one-cent move, and calls equal prices unchanged", () => {
    const cent = priceChange(reading({ price: 19.98 }), reading({ price: 19.99 }));
    expect(cent).toMatchObject({ direction: "down", verdict: "neutral" });
    expect(Math.abs(cent!.relative)).toBeLessThan(0.001);
    // 0.1 + 0.2 style float noise is not a move.
    expect(priceChange(reading({ price: 0.1 + 0.2 }), reading({ price: 0.3 }))).toMatchObject({ direction: "flat", relative: 0 });
  });

  it("shows no badge when either side is missing, out of stock, or in another currency", () => {
    expect(priceChange(reading({ price: null }), reading())).toBeNull();
    expect(priceChange(reading(), reading({ price: null }))).toBeNull();
    expect(priceChange(reading({ inStock: false }), reading())).toBeNull();
    expect(priceChange(reading(), reading({ inStock: false }))).toBeNull();
    expect(priceChange(reading({ currency: "EUR" }), reading())).toBeNull();
    expect(priceChange(reading(), undefined)).toBeNull();
  });
});
