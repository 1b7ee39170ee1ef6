import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("environment", () => {
  it("runs with nothing set: embedded database in .data, default sign-in limits", () => {
    expect(readEnv({})).toEqual({
      databaseUrl: undefined,
      dataDir: path.resolve(".data"),
      authSecret: undefined,
      signIn: { maxFailures: 5, windowSeconds: 900 },
    });
  });

  it("treats empty values as unset", () => {
    expect(readEnv({ DATABASE_URL: "", AUTH_SECRET: "  " })).toMatchObject({ databaseUrl: undefined, authSecret: undefined });
  });

  it("names the bad variable", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with postgresql:\/\//);
    expect(() => readEnv({ SIGN_IN_MAX_FAILURES: "many" })).toThrow(/SIGN_IN_MAX_FAILURES/);
  });

  it("accepts NEXTAUTH_SECRET as the auth secret", () => {
    expect(readEnv({ NEXTAUTH_SECRET: "abc" }).authSecret).toBe("abc");
  });
});
