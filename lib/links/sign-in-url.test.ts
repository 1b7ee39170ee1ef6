import { describe, expect, it } from "vitest";
import { signInUrl } from "@/lib/links/sign-in-url";

describe("signInUrl", () => {
  it("carries an in-app destination", () => {
    expect(signInUrl("/w/cws1/products/p1?at=2026-12-01T10%3A00%3A00.000Z")).toBe(
      "/sign-in?callbackUrl=%2Fw%2Fcws1%2Fproducts%2Fp1%3Fat%3D2026-12-01T10%253A00%253A00.000Z",
    );
    const back = new URLSearchParams(signInUrl("/groups/g1/report").split("?")[1]).get("callbackUrl");
    expect(back).toBe("/groups/g1/report");
  });

  it("drops a destination that is missing, the default, or off the site", () => {
    for (const path of [null, undefined, "", "/", "/dashboard", "//evil.example", "https://evil.example/", "/\\evil.example"]) {
      expect(signInUrl(path)).toBe("/sign-in");
    }
  });
});
