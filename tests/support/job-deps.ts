import type { DbClient as Db } from "@/lib/db/client";
import type { JobDeps } from "@/lib/jobs/job-deps";
import { createDemoSource } from "@/lib/sources/demo/demo-source";
import type { ProductSource } from "@/lib/sources/types";
import { loadGroupComparison } from "@/lib/comparison/load-group-comparison";

/** The scheduled jobs' dependencies for a test database: demo source, no email, no LLM. */
export function testJobDeps(db: Db, overrides: Partial<JobDeps> & { source?: ProductSource } = {}): JobDeps {
  const { source = createDemoSource(), ...rest } = overrides;
  return {
    getDb: async () => db,
    getSource: () => ({ source, batchSize: 200 }),
    getTransport: () => null,
    getModel: () => null,
    loadComparison: loadGroupComparison,
    dailyTokenBudget: () => 200_000,
    ...rest,
  };
}
