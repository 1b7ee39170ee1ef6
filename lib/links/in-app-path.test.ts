import { describe, expect, it } from "vitest";
import { toInAppPath } from "@/lib/links/in-app-path";

describe("toInAppPath", () => {
  it.each([
    ["/products/cabc123", "/products/cabc123"],
    ["/products/cabc123?at=2026-12-01T10%3A00%3A00.000Z&range=30d", "/products/cabc123?at=2026-12-01T10%3A00%3A00.000Z&range=30d"],
    ["/settings/notifications", "/settings/notifications"],
    ["/w/cws1/groups/g1/report#latest", "/w/cws1/groups/g1/report#latest"],
    ["/alerts?q=hello%20world", "/alerts?q=hello%20world"],
    ["/", "/"],
    // Dot segments are resolved, and the result is what is returned.
    ["/products/../settings", "/settings"],
  ])("keeps the in-app path %s", (raw, expected) => {
    expect(toInAppPath(raw)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "//evil.example/products",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    " /products",
    "https://evil.example/products",
    "http:/evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "products/abc",
    "",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "/%5Cevil.example",
    "/%252F%252Fevil.example",
    "/%09/evil.example",
    "/..//evil.example",
    "/%2e%2e//evil.example",
    "/products/%E0%A4%A",
    `/${"a".repeat(3000)}`,
  ])("refuses %j", (raw) => {
    expect(toInAppPath(raw)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(toInAppPath(undefined)).toBeNull();
    expect(toInAppPath(["/products"])).toBeNull();
    expect(toInAppPath(42)).toBeNull();
  });
});
