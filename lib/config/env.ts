import path from "node:path";
import { z } from "zod";
import { type CronSchedule, parseCronSchedule } from "@/lib/config/cron";

// Every setting of the app, in one schema, parsed once. Every variable is optional: with no
// .env at all the app runs on the embedded database with the demo source and email off. An
// empty string counts as unset, as most .env editors leave `KEY=` behind. A variable that is
// set but wrong stops the start with its name (see lib/db/prepare-server.ts) — except SMTP,
// whose half-configured state is reported where email status is shown.

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const positiveInt = z.string().regex(/^[1-9]\d*$/, "must be a positive whole number").transform(Number);
const optionalPositiveInt = optional.pipe(positiveInt.optional());
const optionalUrl = optional.pipe(z.url().optional());

// SECRETS_KEY: the AES-256 key for secrets stored in the database, 32 bytes as 64 hex digits
// or base64 (either alphabet, padding optional). Decoded once here so a typo stops the start.
const secretsKey = optional.transform((value, ctx): Buffer | undefined => {
  if (value === undefined) return undefined;
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) ? Buffer.from(value, "base64") : null;
  if (key?.length === 32) return key;
  ctx.addIssue({ code: "custom", message: "must be 32 bytes written as 64 hex digits or base64 (e.g. openssl rand -base64 32)" });
  return z.NEVER;
});

/** The scheduled jobs, the variable that sets each one's schedule, and its default. */
export const jobSchedules = {
  crawl: { variable: "CRAWL_CRON", fallback: "TZ=UTC 5 * * * *" },
  delivery: { variable: "DELIVERY_CRON", fallback: "* * * * *" },
  digest: { variable: "DIGEST_CRON", fallback: "TZ=UTC 0 7 * * *" },
  keywordSearch: { variable: "KEYWORD_SEARCH_CRON", fallback: "TZ=UTC 0 4 * * *" },
  analysis: { variable: "ANALYSIS_CRON", fallback: "TZ=UTC 0 3 * * *" },
} as const;
export type JobName = keyof typeof jobSchedules;

// A schedule that does not parse must stop the start, naming the variable: a crawl that
// silently never runs is the worst failure a tracker can have.
const cronSetting = (fallback: string) =>
  optional.transform((value, ctx): CronSchedule => {
    try {
      return parseCronSchedule(value ?? fallback);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: `is not a cron expression this app can run (${err instanceof Error ? err.message : String(err)})` });
      return z.NEVER;
    }
  });

export const defaultApifyActorId = "junglee/amazon-crawler";
// 200 product pages per run: small enough that a failed or timed-out run loses little, large
// enough that the per-run start-up overhead stays small (Apify's own guidance is 200–1,000).
export const defaultApifyBatchSize = 200;
const defaultDailyTokenBudget = 200_000;

const envSchema = z.object({
  // Database and accounts
  DATABASE_URL: optional.pipe(z.string().regex(/^postgres(ql)?:\/\//, "must start with postgresql://").optional()),
  DATA_DIR: optional,
  // Signs every session cookie: a short one can be brute-forced offline from a single cookie.
  AUTH_SECRET: optional.pipe(z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)").optional()),
  NEXTAUTH_SECRET: optional.pipe(z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)").optional()),
  NEXTAUTH_URL: optional,
  APP_URL: optional,
  PORT: optional,
  SIGN_IN_MAX_FAILURES: optionalPositiveInt,
  SIGN_IN_WINDOW_SECONDS: optionalPositiveInt,
  SIGN_UP_MAX_PER_HOUR: optionalPositiveInt,
  // Schedules
  INNGEST_DEV: optional,
  INNGEST_EVENT_KEY: optional,
  INNGEST_SIGNING_KEY: optional,
  CRAWL_CRON: cronSetting(jobSchedules.crawl.fallback),
  DELIVERY_CRON: cronSetting(jobSchedules.delivery.fallback),
  DIGEST_CRON: cronSetting(jobSchedules.digest.fallback),
  KEYWORD_SEARCH_CRON: cronSetting(jobSchedules.keywordSearch.fallback),
  ANALYSIS_CRON: cronSetting(jobSchedules.analysis.fallback),
  ALERT_EMAILS_PER_HOUR: optionalPositiveInt,
  // Product data (Apify)
  APIFY_TOKEN: optional,
  // Store actors are "username/actor-name" (or "username~actor-name"); private ones may be a bare id.
  APIFY_ACTOR_ID: optional.pipe(z.string().regex(/^[\w.-]+([/~][\w.-]+)?$/, "must look like username/actor-name or an actor id").optional()),
  APIFY_BASE_URL: optional.pipe(
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      // apify-client appends /v2 itself; a copied "https://api.apify.com/v2" would become /v2/v2.
      .transform((url) => url.replace(/\/+$/, "").replace(/\/v2$/, ""))
      .optional(),
  ),
  APIFY_BATCH_SIZE: optionalPositiveInt,
  // LLM reports
  LLM_PROVIDER: optional.pipe(z.enum(["openai", "deepseek"]).optional()),
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: optional,
  DEEPSEEK_API_KEY: optional,
  DEEPSEEK_BASE_URL: optionalUrl,
  DEEPSEEK_MODEL: optional,
  REPORT_DAILY_TOKEN_BUDGET: optional.pipe(z.union([z.undefined(), z.string().regex(/^\d+$/, "must be a whole number of tokens").transform(Number)])),
  // Email: read as text here, judged below (a half-configured server is reported, not fatal).
  SMTP_HOST: optional,
  SMTP_PORT: optional,
  SMTP_SECURE: optional,
  SMTP_TLS: optional,
  SMTP_TLS_REJECT_UNAUTHORIZED: optional,
  SMTP_USER: optional,
  SMTP_PASSWORD: optional,
  SMTP_FROM: optional,
  SMTP_REPLY_TO: optional,
  // Webhooks
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: optional.pipe(z.enum(["true", "false"], { error: "must be true or false" }).optional()),
  WEBHOOK_DISABLE_AFTER_DAYS: optionalPositiveInt,
  // Secrets at rest (webhook signing secrets); unset = derived from AUTH_SECRET.
  SECRETS_KEY: secretsKey,
});

export type ApifyConfig = {
  token: string;
  actorId: string;
  /** Server root without /v2; undefined = https://api.apify.com. */
  baseUrl: string | undefined;
  batchSize: number;
};

export type LlmProvider = "openai" | "deepseek";
type LlmConfig = { provider: LlmProvider; model: string; apiKey: string; baseURL: string | undefined };

/**
 * How the SMTP connection is encrypted: TLS from the first byte (port 465), STARTTLS required,
 * STARTTLS when the server offers it (nodemailer's default), or never (a local relay).
 */
type SmtpTls = "implicit" | "starttls" | "opportunistic" | "off";
const smtpTlsModes = ["off", "starttls", "implicit"] as const;

export type SmtpConfig = {
  host: string;
  port: number;
  tls: SmtpTls;
  /** False accepts a relay with a self-signed or otherwise unverifiable certificate. */
  rejectUnauthorized: boolean;
  auth?: { user: string; pass: string };
  from: string;
  replyTo?: string;
};
type SmtpStatus = { state: "off" } | { state: "on"; config: SmtpConfig } | { state: "invalid"; problems: string[] };

export type Env = {
  databaseUrl: string | undefined;
  dataDir: string;
  authSecret: string | undefined;
  signIn: { maxFailures: number; windowSeconds: number; maxPublicFormPerHour: number };
  /** Who runs the schedules: Inngest when it is configured, else the app's own process. */
  scheduler: "inngest" | "embedded";
  schedules: Record<JobName, CronSchedule>;
  /** Instant alert emails one person gets per hour; the rest wait for their next digest. */
  alertEmailsPerHour: number;
  /** Null without APIFY_TOKEN: the demo source runs. */
  apify: ApifyConfig | null;
  /** Null without a provider key: reports are off, comparisons still work. */
  llm: LlmConfig | null;
  /** Tokens a workspace may spend per day on scheduled group analysis. */
  reportDailyTokenBudget: number;
  smtp: SmtpStatus;
  /** Absolute base for links in emails and webhook payloads, without a trailing slash. */
  appUrl: string;
  /**
   * Off by default: webhooks reach public addresses only. On, a self-hoster may deliver to
   * their own network (loopback, private, link-local); cloud metadata addresses stay refused.
   */
  webhookAllowPrivateNetworks: boolean;
  /** An endpoint whose every delivery has failed for this many days is disabled (default 5). */
  webhookDisableAfterDays: number;
  /** 32-byte key for lib/secrets; undefined = derived from the auth secret. */
  secretsKey: Buffer | undefined;
};

type Source = Record<string, string | undefined>;
let cached: { source: Source; env: Env } | null = null;

/** The configuration from `source` (default: the process environment, parsed once). Throws naming each bad variable. */
export function readEnv(source: Source = process.env): Env {
  if (cached && cached.source === source && source === process.env) return cached.env;
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const env: Env = {
    databaseUrl: e.DATABASE_URL,
    // The data folder is chosen at run time; tell the bundler not to trace it.
    dataDir: path.resolve(/*turbopackIgnore: true*/ e.DATA_DIR ?? ".data"),
    authSecret: e.AUTH_SECRET ?? e.NEXTAUTH_SECRET,
    signIn: { maxFailures: e.SIGN_IN_MAX_FAILURES ?? 5, windowSeconds: e.SIGN_IN_WINDOW_SECONDS ?? 15 * 60, maxPublicFormPerHour: e.SIGN_UP_MAX_PER_HOUR ?? 10 },
    scheduler: e.INNGEST_DEV || e.INNGEST_EVENT_KEY || e.INNGEST_SIGNING_KEY ? "inngest" : "embedded",
    schedules: { crawl: e.CRAWL_CRON, delivery: e.DELIVERY_CRON, digest: e.DIGEST_CRON, keywordSearch: e.KEYWORD_SEARCH_CRON, analysis: e.ANALYSIS_CRON },
    alertEmailsPerHour: e.ALERT_EMAILS_PER_HOUR ?? 10,
    apify: e.APIFY_TOKEN
      ? { token: e.APIFY_TOKEN, actorId: e.APIFY_ACTOR_ID ?? defaultApifyActorId, baseUrl: e.APIFY_BASE_URL, batchSize: e.APIFY_BATCH_SIZE ?? defaultApifyBatchSize }
      : null,
    llm: llmConfig(e),
    reportDailyTokenBudget: e.REPORT_DAILY_TOKEN_BUDGET ?? defaultDailyTokenBudget,
    smtp: smtpStatus(e),
    appUrl: (e.APP_URL || e.NEXTAUTH_URL || `http://localhost:${e.PORT || "3000"}`).replace(/\/+$/, ""),
    webhookAllowPrivateNetworks: e.WEBHOOK_ALLOW_PRIVATE_NETWORKS === "true",
    webhookDisableAfterDays: e.WEBHOOK_DISABLE_AFTER_DAYS ?? 5,
    secretsKey: e.SECRETS_KEY,
  };
  if (source === process.env) cached = { source, env };
  return env;
}

type Parsed = z.output<typeof envSchema>;

function llmConfig(e: Parsed): LlmConfig | null {
  const openai = e.OPENAI_API_KEY ? { provider: "openai" as const, apiKey: e.OPENAI_API_KEY, model: e.OPENAI_MODEL ?? "gpt-4o-mini", baseURL: e.OPENAI_BASE_URL } : null;
  const deepseek = e.DEEPSEEK_API_KEY
    ? { provider: "deepseek" as const, apiKey: e.DEEPSEEK_API_KEY, model: e.DEEPSEEK_MODEL ?? "deepseek-v4-flash", baseURL: e.DEEPSEEK_BASE_URL }
    : null;
  if (e.LLM_PROVIDER === "deepseek") return deepseek;
  if (e.LLM_PROVIDER === "openai") return openai;
  return openai ?? deepseek;
}

// Email is optional: without SMTP_HOST every alert stays in the app. A half-configured server
// (a host but no sender, a non-numeric port) is an error, not "off": it is reported where
// email status is shown instead of silently dropping mail.
const trueFalse = z.enum(["true", "false"], { error: "must be true or false" });
const smtpSchema = z.object({
  SMTP_PORT: z.coerce.number({ error: "must be a port number" }).int().min(1, "must be a port number").max(65535, "must be a port number").optional(),
  SMTP_SECURE: trueFalse.optional(),
  SMTP_TLS: z.enum(smtpTlsModes, { error: `must be one of ${smtpTlsModes.join(", ")}` }).optional(),
  SMTP_TLS_REJECT_UNAUTHORIZED: trueFalse.optional(),
  // "Support <help@example.com>" or a bare address.
  SMTP_REPLY_TO: z.string().regex(/^[^<>@\s]+@[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/, "must be an email address").optional(),
});

function smtpStatus(e: Parsed): SmtpStatus {
  if (!e.SMTP_HOST) return { state: "off" };
  const checked = smtpSchema.safeParse({
    SMTP_PORT: e.SMTP_PORT,
    SMTP_SECURE: e.SMTP_SECURE,
    SMTP_TLS: e.SMTP_TLS,
    SMTP_TLS_REJECT_UNAUTHORIZED: e.SMTP_TLS_REJECT_UNAUTHORIZED,
    SMTP_REPLY_TO: e.SMTP_REPLY_TO,
  });
  if (!checked.success) return { state: "invalid", problems: checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  if (!e.SMTP_FROM) return { state: "invalid", problems: ["SMTP_FROM: required when SMTP_HOST is set"] };
  const { SMTP_PORT, SMTP_SECURE, SMTP_TLS } = checked.data;
  // SMTP_SECURE is the older switch; SMTP_TLS says the same and more. Both set and disagreeing
  // is a mistake worth reporting rather than guessing which one was meant.
  if (SMTP_TLS && SMTP_SECURE && (SMTP_TLS === "implicit") !== (SMTP_SECURE === "true")) {
    return { state: "invalid", problems: [`SMTP_SECURE: ${SMTP_SECURE} contradicts SMTP_TLS=${SMTP_TLS}; set only SMTP_TLS`] };
  }
  const implicit = SMTP_TLS ? SMTP_TLS === "implicit" : SMTP_SECURE ? SMTP_SECURE === "true" : SMTP_PORT === 465;
  const port = SMTP_PORT ?? (implicit ? 465 : 587);
  return {
    state: "on",
    config: {
      host: e.SMTP_HOST,
      port,
      tls: implicit ? "implicit" : (SMTP_TLS ?? "opportunistic"),
      rejectUnauthorized: checked.data.SMTP_TLS_REJECT_UNAUTHORIZED !== "false",
      auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? "" } : undefined,
      from: e.SMTP_FROM,
      ...(checked.data.SMTP_REPLY_TO && { replyTo: checked.data.SMTP_REPLY_TO }),
    },
  };
}
