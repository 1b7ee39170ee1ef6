import { describe, expect, it } from "vitest";
import { roundLikeNumeric } from "@/lib/db/decimal";

describe("roundLikeNumeric", () => {
  it("rounds half away from zero on the decimal text, as numeric columns do", () => {
    // Math.round(1.005 * 100) / 100 is 1 because 1.005 is 1.00499… in binary; PostgreSQL stores 1.01.
    expect(roundLikeNumeric(1.005, 2)).toBe(1.01);
    expect(roundLikeNumeric(-1.005, 2)).toBe(-1.01);
    expect(roundLikeNumeric(4.45, 1)).toBe(4.5);
  });

  it("removes float noise and keeps values already at the scale", () => {
    expect(roundLikeNumeric(19.990000000000002, 2)).toBe(19.99);
    expect(roundLikeNumeric(0.1 + 0.2, 2)).toBe(0.3);
    expect(roundLikeNumeric(1299, 2)).toBe(1299);
    expect(roundLikeNumeric(null, 2)).toBeNull();
  });
});
