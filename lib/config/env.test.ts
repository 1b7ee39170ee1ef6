import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/config/env";
import { getConfiguredModel } from "@/lib/llm/llm-config";

type Vars = Record<string, string | undefined>;
const apify = (v: Vars) => readEnv(v).apify;
const llm = (v: Vars) => readEnv(v).llm;
const smtp = (v: Vars) => readEnv(v).smtp;
const appUrl = (v: Vars) => readEnv(v).appUrl;

describe("environment", () => {
  it("runs with nothing set: embedded database in .data, default sign-in limits", () => {
    expect(readEnv({})).toMatchObject({
      databaseUrl: undefined,
      dataDir: path.resolve(".data"),
      authSecret: undefined,
      signIn: { maxFailures: 5, windowSeconds: 900 },
      scheduler: "embedded",
      schedules: { crawl: { pattern: "5 * * * *", timezone: "UTC" }, delivery: { pattern: "* * * * *", timezone: "UTC" } },
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
    const secret = "n".repeat(32);
    expect(readEnv({ NEXTAUTH_SECRET: secret }).authSecret).toBe(secret);
  });

  it("refuses an auth secret shorter than 32 characters, naming the variable", () => {
    expect(() => readEnv({ AUTH_SECRET: "x" })).toThrow(/AUTH_SECRET: must be at least 32 characters/);
  });
});

describe("Apify settings", () => {
  it("is null without a token", () => {
    expect(apify({})).toBeNull();
    expect(apify({ APIFY_TOKEN: "  " })).toBeNull();
  });

  it("applies defaults and reads overrides", () => {
    expect(apify({ APIFY_TOKEN: "t" })).toEqual({
      token: "t",
      actorId: "junglee/amazon-crawler",
      baseUrl: undefined,
      batchSize: 200,
    });
    expect(
      apify({
        APIFY_TOKEN: "t",
        APIFY_ACTOR_ID: "me/my-actor",
        APIFY_BASE_URL: "http://127.0.0.1:4010/v2/",
        APIFY_BATCH_SIZE: "50",
      }),
    ).toEqual({ token: "t", actorId: "me/my-actor", baseUrl: "http://127.0.0.1:4010", batchSize: 50 });
  });

  it("names the bad variable", () => {
    expect(() => apify({ APIFY_TOKEN: "t", APIFY_BATCH_SIZE: "0" })).toThrow(/APIFY_BATCH_SIZE/);
    expect(() => apify({ APIFY_TOKEN: "t", APIFY_BASE_URL: "not a url" })).toThrow(/APIFY_BASE_URL/);
  });
});
describe("LLM settings", () => {
  it("is off without any key", () => {
    expect(llm({})).toBeNull();
    expect(getConfiguredModel({ OPENAI_API_KEY: " " })).toBeNull();
  });

  it("uses OpenAI's chat path with the configured base URL and model default", () => {
    expect(llm({ OPENAI_API_KEY: "sk-x", OPENAI_BASE_URL: "http://127.0.0.1:9/v1" })).toEqual({
      provider: "openai",
      apiKey: "sk-x",
      model: "gpt-4o-mini",
      baseURL: "http://127.0.0.1:9/v1",
    });
    const configured = getConfiguredModel({ OPENAI_API_KEY: "sk-x", OPENAI_MODEL: "local-llama" });
    expect(configured?.modelId).toBe("local-llama");
    expect((configured!.model as { provider: string }).provider).toBe("openai.chat");
  });

  it("uses DeepSeek with its default model, and LLM_PROVIDER picks when both keys are set", () => {
    expect(llm({ DEEPSEEK_API_KEY: "d" })).toMatchObject({ provider: "deepseek", model: "deepseek-v4-flash" });
    expect(llm({ DEEPSEEK_API_KEY: "d", OPENAI_API_KEY: "o" })?.provider).toBe("openai");
    expect(llm({ DEEPSEEK_API_KEY: "d", OPENAI_API_KEY: "o", LLM_PROVIDER: "deepseek" })?.provider).toBe("deepseek");
  });

  it("rejects a malformed base URL or provider name", () => {
    expect(() => llm({ OPENAI_API_KEY: "o", OPENAI_BASE_URL: "not a url" })).toThrow(/OPENAI_BASE_URL/);
    expect(() => llm({ LLM_PROVIDER: "anthropic" })).toThrow(/LLM_PROVIDER/);
  });
});

describe("SMTP configuration", () => {
  it("is off without a host, on with host and sender, and invalid when half set", () => {
    expect(smtp({})).toEqual({ state: "off" });
    expect(smtp({ SMTP_HOST: " " })).toEqual({ state: "off" });
    expect(smtp({ SMTP_HOST: "smtp.example.com", SMTP_FROM: "Radar <a@example.com>", SMTP_USER: "u", SMTP_PASSWORD: "p" })).toEqual({
      state: "on",
      config: { host: "smtp.example.com", port: 587, tls: "opportunistic", rejectUnauthorized: true, auth: { user: "u", pass: "p" }, from: "Radar <a@example.com>" },
    });
    expect(smtp({ SMTP_HOST: "h", SMTP_FROM: "f", SMTP_PORT: "465" })).toMatchObject({ config: { port: 465, tls: "implicit", auth: undefined } });
    expect(smtp({ SMTP_HOST: "h" })).toMatchObject({ state: "invalid", problems: [expect.stringContaining("SMTP_FROM")] });
    expect(smtp({ SMTP_HOST: "h", SMTP_FROM: "f", SMTP_PORT: "abc" })).toMatchObject({ state: "invalid" });
  });

  it("chooses the TLS mode: SMTP_TLS, else the older SMTP_SECURE, else by port", () => {
    const on = { SMTP_HOST: "h", SMTP_FROM: "f" };
    expect(smtp({ ...on, SMTP_TLS: "off" })).toMatchObject({ config: { tls: "off", port: 587 } });
    expect(smtp({ ...on, SMTP_TLS: "starttls", SMTP_PORT: "2525" })).toMatchObject({ config: { tls: "starttls", port: 2525 } });
    expect(smtp({ ...on, SMTP_TLS: "implicit" })).toMatchObject({ config: { tls: "implicit", port: 465 } });
    expect(smtp({ ...on, SMTP_SECURE: "true" })).toMatchObject({ config: { tls: "implicit", port: 465 } });
    // SMTP_SECURE=false alone keeps the old meaning (STARTTLS when offered); "off" is explicit.
    expect(smtp({ ...on, SMTP_SECURE: "false" })).toMatchObject({ config: { tls: "opportunistic" } });
    expect(smtp({ ...on, SMTP_TLS: "none" })).toMatchObject({ state: "invalid", problems: [expect.stringMatching(/^SMTP_TLS: must be one of off, starttls, implicit/)] });
    expect(smtp({ ...on, SMTP_TLS: "off", SMTP_SECURE: "true" })).toMatchObject({ state: "invalid", problems: [expect.stringContaining("SMTP_SECURE")] });
  });

  it("reads SMTP_TLS_REJECT_UNAUTHORIZED and SMTP_REPLY_TO", () => {
    const on = { SMTP_HOST: "h", SMTP_FROM: "f" };
    expect(smtp({ ...on, SMTP_TLS_REJECT_UNAUTHORIZED: "false" })).toMatchObject({ config: { rejectUnauthorized: false } });
    expect(smtp({ ...on, SMTP_TLS_REJECT_UNAUTHORIZED: "no" })).toMatchObject({ state: "invalid", problems: [expect.stringContaining("SMTP_TLS_REJECT_UNAUTHORIZED")] });
    expect(smtp({ ...on, SMTP_REPLY_TO: "Support <help@example.com>" })).toMatchObject({ config: { replyTo: "Support <help@example.com>" } });
    expect(smtp({ ...on })).not.toHaveProperty("config.replyTo");
    expect(smtp({ ...on, SMTP_REPLY_TO: "support" })).toMatchObject({ state: "invalid", problems: ["SMTP_REPLY_TO: must be an email address"] });
  });

  it("builds absolute links from APP_URL, then NEXTAUTH_URL", () => {
    expect(appUrl({ APP_URL: "https://radar.example.com/", NEXTAUTH_URL: "https://other" })).toBe("https://radar.example.com");
    expect(appUrl({ NEXTAUTH_URL: "https://auth.example.com" })).toBe("https://auth.example.com");
    expect(appUrl({ PORT: "3204" })).toBe("http://localhost:3204");
  });
});
