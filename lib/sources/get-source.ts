import { readEnv } from "@/lib/config/env";
import { createApifySource } from "@/lib/sources/apify/apify-source";
import { createDemoSource } from "@/lib/sources/demo/demo-source";
import type { ProductSource } from "@/lib/sources/types";

export type ConfiguredSource = { source: ProductSource; batchSize: number };

// With an Apify token the real source runs; without one the simulated demo market does, and
// everything it writes is labelled demo.
export function getConfiguredSource(env: Record<string, string | undefined> = process.env): ConfiguredSource {
  const apify = readEnv(env).apify;
  if (apify) {
    return {
      source: createApifySource({
        token: apify.token,
        actorId: apify.actorId,
        baseUrl: apify.baseUrl,
        batchSize: apify.batchSize,
        onSearchSkipped: (skipped, ctx) => console.warn(`Apify search ${ctx.runId} (${ctx.marketplace} "${ctx.keyword}"): skipped ${skipped.length} item(s)`, skipped.slice(0, 5)),
      }),
      batchSize: apify.batchSize,
    };
  }
  return { source: createDemoSource(), batchSize: 200 };
}
