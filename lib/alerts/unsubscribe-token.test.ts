import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from "@/lib/alerts/unsubscribe-token";

const secret = "unit-test-secret-unit-test-secret-000";

describe("unsubscribe tokens", () => {
  it("carry exactly who and what to stop, and verify only with the same secret", () => {
    const kinds = signUnsubscribeToken({ userId: "u1", workspaceIds: ["w1"], stop: { kinds: ["price_change", "out_of_stock"] } }, secret);
    expect(verifyUnsubscribeToken(kinds, secret)).toEqual({ userId: "u1", workspaceIds: ["w1"], stop: { kinds: ["price_change", "out_of_stock"] } });
    const digest = signUnsubscribeToken({ userId: "u1", workspaceIds: ["w1", "w2"], stop: { digest: true } }, secret);
    expect(verifyUnsubscribeToken(digest, secret)).toEqual({ userId: "u1", workspaceIds: ["w1", "w2"], stop: { digest: true } });
    expect(verifyUnsubscribeToken(kinds, "another-secret-another-secret-0000000")).toBeNull();
  });

  it("refuse anything altered, truncated or malformed", () => {
    const token = signUnsubscribeToken({ userId: "u1", workspaceIds: ["w1"], stop: { kinds: ["price_change"] } }, secret);
    const [body, mac] = token.split(".") as [string, string];
    const otherUser = Buffer.from(JSON.stringify({ v: 1, u: "u2", w: ["w1"], k: ["price_change"] })).toString("base64url");
    for (const bad of [`${otherUser}.${mac}`, `${body}.${mac.slice(0, -2)}`, body, `${token}.x`, "", "..", null, 42, "a".repeat(5000)]) {
      expect(verifyUnsubscribeToken(bad, secret), String(bad)).toBeNull();
    }
  });

  it("make a URL on the app's unsubscribe route", () => {
    expect(unsubscribeUrl("https://radar.example.com/", "a.b")).toBe("https://radar.example.com/api/unsubscribe?token=a.b");
  });
});
