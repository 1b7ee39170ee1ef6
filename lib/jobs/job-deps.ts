import { getConfiguredMailTransport, type MailTransport } from "@/lib/alerts/mail-transport";
import { getDb, type DbClient } from "@/lib/db/client";
import { loadGroupComparison } from "@/lib/comparison/load-group-comparison";
import { getConfiguredModel, type ConfiguredModel } from "@/lib/llm/llm-config";
import type { LoadComparison } from "@/lib/reports/load-report-comparison";
import { readEnv } from "@/lib/config/env";
import { getConfiguredSource, type ConfiguredSource } from "@/lib/sources/get-source";

/** What the scheduled jobs need from the outside world; tests pass a test database and fakes. */
export type JobDeps = {
  getDb: () => Promise<DbClient>;
  getSource: () => ConfiguredSource;
  getTransport: () => MailTransport | null;
  getModel: () => ConfiguredModel | null;
  loadComparison: LoadComparison;
  dailyTokenBudget: () => number;
};

/** The wiring both runners use in production: the embedded scheduler and /api/inngest. */
export const productionJobDeps: JobDeps = {
  getDb,
  getSource: () => getConfiguredSource(),
  getTransport: getConfiguredMailTransport,
  getModel: () => getConfiguredModel(),
  loadComparison: loadGroupComparison,
  dailyTokenBudget: () => readEnv().reportDailyTokenBudget,
};
