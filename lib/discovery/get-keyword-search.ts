import { readApifyConfig } from "@/lib/sources/apify/apify-config";
import { createApifyClient } from "@/lib/sources/apify/apify-run";
import { createApifySearch } from "@/lib/discovery/apify-search";
import type { KeywordSearch } from "@/lib/discovery/candidate";
import { demoSearch } from "@/lib/discovery/demo-search";

// With APIFY_TOKEN the configured actor searches the storefront; without it the search is
// simulated (and labelled demo), shifting day by day so scheduled searches see new entrants.
export function getKeywordSearch(env: Record<string, string | undefined> = process.env): KeywordSearch {
  const config = readApifyConfig(env);
  if (config) {
    return createApifySearch({
      client: createApifyClient(config),
      actorId: config.actorId,
      onSkipped: (skipped, ctx) => console.warn(`Apify search ${ctx.runId} (${ctx.marketplace} "${ctx.keyword}"): skipped ${skipped.length} item(s)`, skipped.slice(0, 5)),
    });
  }
  return async ({ marketplace, keyword }) => ({ candidates: demoSearch({ marketplace, keyword, day: Math.floor(Date.now() / 86_400_000) }), isDemo: true });
}
