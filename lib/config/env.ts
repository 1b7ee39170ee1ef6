import path from "node:path";
import { z } from "zod";
import { type CronSchedule, parseCronSchedule } from "@/lib/config/cron";

// Every variable is optional: with no .env at all the app runs on the embedded database.
// An empty string counts as unset, as most .env editors leave `KEY=` behind.
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const optionalPositiveInt = optional.pipe(
  z.union([z.undefined(), z.string().regex(/^[1-9]\d*$/, "must be a positive whole number").transform(Number)]),
);

/** The scheduled jobs, the variable that sets each one's schedule, and its default. */
export const jobSchedules = {
  crawl: { variable: "CRAWL_CRON", fallback: "TZ=UTC 5 * * * *" },
  delivery: { variable: "DELIVERY_CRON", fallback: "*/5 * * * *" },
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

const envSchema = z.object({
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgresql://")
      .optional(),
  ),
  DATA_DIR: optional,
  AUTH_SECRET: optional,
  NEXTAUTH_SECRET: optional,
  SIGN_IN_MAX_FAILURES: optionalPositiveInt,
  SIGN_IN_WINDOW_SECONDS: optionalPositiveInt,
  INNGEST_DEV: optional,
  INNGEST_EVENT_KEY: optional,
  INNGEST_SIGNING_KEY: optional,
  CRAWL_CRON: cronSetting(jobSchedules.crawl.fallback),
  DELIVERY_CRON: cronSetting(jobSchedules.delivery.fallback),
  DIGEST_CRON: cronSetting(jobSchedules.digest.fallback),
  KEYWORD_SEARCH_CRON: cronSetting(jobSchedules.keywordSearch.fallback),
  ANALYSIS_CRON: cronSetting(jobSchedules.analysis.fallback),
});

export type Env = {
  databaseUrl: string | undefined;
  dataDir: string;
  authSecret: string | undefined;
  signIn: { maxFailures: number; windowSeconds: number };
  /** Who runs the schedules: Inngest when it is configured, else the app's own process. */
  scheduler: "inngest" | "embedded";
  schedules: Record<JobName, CronSchedule>;
};

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    // The data folder is chosen at run time; tell the bundler not to trace it.
    dataDir: path.resolve(/*turbopackIgnore: true*/ e.DATA_DIR ?? ".data"),
    authSecret: e.AUTH_SECRET ?? e.NEXTAUTH_SECRET,
    signIn: {
      maxFailures: e.SIGN_IN_MAX_FAILURES ?? 5,
      windowSeconds: e.SIGN_IN_WINDOW_SECONDS ?? 15 * 60,
    },
    scheduler: e.INNGEST_DEV || e.INNGEST_EVENT_KEY || e.INNGEST_SIGNING_KEY ? "inngest" : "embedded",
    schedules: {
      crawl: e.CRAWL_CRON,
      delivery: e.DELIVERY_CRON,
      digest: e.DIGEST_CRON,
      keywordSearch: e.KEYWORD_SEARCH_CRON,
      analysis: e.ANALYSIS_CRON,
    },
  };
}
