import { MAX_COMPETITORS, MIN_COMPETITORS } from "@/lib/groups/schemas";

/** A broken rule on one field of the builder: message key under `groups.rules`. */
export type RuleIssue = { field: string; key: string; values?: Record<string, string | number> };

type Picked = { id: string; asin: string; marketplace: string };

// The builder's rules, pure so the messages can be tested one by one. Fields: "main",
// "competitors" (the list as a whole) and "competitor.<productId>" (one row).
export function checkGroupRules({
  main,
  competitors,
}: {
  main: Picked | null;
  competitors: Picked[];
}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!main) issues.push({ field: "main", key: "mainRequired" });

  const seen = new Set<string>();
  for (const c of competitors) {
    const field = `competitor.${c.id}`;
    if (main && c.id === main.id) issues.push({ field, key: "mainIsCompetitor", values: { asin: c.asin } });
    else if (seen.has(c.id)) issues.push({ field, key: "duplicate", values: { asin: c.asin } });
    else if (main && c.marketplace !== main.marketplace) {
      issues.push({ field, key: "otherMarketplace", values: { asin: c.asin, marketplace: c.marketplace, main: main.marketplace } });
    }
    seen.add(c.id);
  }

  const distinct = new Set(competitors.map((c) => c.id).filter((id) => id !== main?.id)).size;
  if (distinct < MIN_COMPETITORS || distinct > MAX_COMPETITORS) {
    issues.push({ field: "competitors", key: "competitorCount", values: { min: MIN_COMPETITORS, max: MAX_COMPETITORS, count: distinct } });
  }
  return issues;
}
