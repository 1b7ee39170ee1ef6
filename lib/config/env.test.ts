import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/config/env";

describe("environment", () => {
  it("runs with nothing set: embedded database in .data, default sign-in limits", () => {
    expect(readEnv({})).toMatchObject({
      databaseUrl: undefined,
      dataDir: path.resolve(".data"),
      authSecret: undefined,
      signIn: { maxFailures: 5, windowSeconds: 900 },
      scheduler: "embedded",
      schedules: { crawl: { pattern: "5 * * * *", timezone: "UTC" }, delivery: { pattern: "*/5 * * * *", timezone: "UTC" } },
    });
  });

  it("hands the schedules to Inngest when it is configured", () => {
    expect(readEnv({ INNGEST_DEV: "1" }).scheduler).toBe("inngest");
    expect(readEnv({ INNGEST_EVENT_KEY: "k", INNGEST_SIGNING_KEY: "s" }).scheduler).toBe("inngest");
    expect(readEnv({ INNGEST_DEV: "" }).scheduler).toBe("embedded");
  });

  it("reads Inngest's time-zone prefix and seconds for the embedded scheduler", () => {
    const { schedules } = readEnv({ DIGEST_CRON: "TZ=Europe/Berlin 0 7 * * *", CRAWL_CRON: "*/10 * * * * *" });
    expect(schedules.digest).toMatchObject({ pattern: "0 7 * * *", timezone: "Europe/Berlin" });
    expect(schedules.crawl).toMatchObject({ pattern: "*/10 * * * * *", timezone: "UTC" });
  });

  it("stops on a schedule that does not parse, naming the variable", () => {
    expect(() => readEnv({ CRAWL_CRON: "every morning" })).toThrow(/CRAWL_CRON: is not a cron expression/);
    expect(() => readEnv({ DIGEST_CRON: "TZ=Mars/Olympus 0 7 * * *" })).toThrow(/DIGEST_CRON: .*Mars\/Olympus/);
    expect(() => readEnv({ ANALYSIS_CRON: "0 25 * * *" })).toThrow(/ANALYSIS_CRON: .*hour/);
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
