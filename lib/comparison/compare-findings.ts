import { formatPercent } from "@/lib/anomalies/format-values";
import type { ComparisonMember, FeatureComparison, Finding } from "@/lib/comparison/comparison-types";

// Rule-based findings: what a seller should look at first, without an LLM. Each is a message
// key under `groups.findings` with display-ready, locale-neutral values.

const perDay = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const nameOf = (m: ComparisonMember) => m.brand ? `${m.brand} (${m.asin})` : m.asin;

/** A member's review velocity: the 30-day figure, or the 7-day one when 30 days are not known yet. */
const velocityOf = (m: ComparisonMember) => m.reviewVelocity30d ?? m.reviewVelocity7d;

export function buildFindings(main: ComparisonMember, competitors: ComparisonMember[], features: FeatureComparison): Finding[] {
  const findings: Finding[] = [];

  // Largest price gap: the competitor whose price is furthest from the main's, either way.
  const priced = competitors.filter((c) => c.priceGapPct !== null);
  if (priced.length > 0) {
    const widest = priced.reduce((a, b) => (Math.abs(b.priceGapPct!) > Math.abs(a.priceGapPct!) ? b : a));
    findings.push({
      kind: "largest_price_gap",
      key: "largestPriceGap",
      values: { competitor: nameOf(widest), gap: formatPercent(widest.priceGapPct!), direction: widest.priceGapPct! < 0 ? "cheaper" : "pricier" },
      productId: widest.productId,
    });
  }

  // Worst rank gap: the competitor furthest ahead of the main product by BSR.
  if (main.bsr !== null && main.bsrRankInGroup !== null) {
    const ahead = competitors.filter((c) => c.bsr !== null && c.bsr < main.bsr!);
    if (ahead.length === 0) {
      findings.push({ kind: "worst_rank_gap", key: "mainLeadsRank", values: { bsr: count.format(main.bsr) } });
    } else {
      const best = ahead.reduce((a, b) => (b.bsr! < a.bsr! ? b : a));
      findings.push({
        kind: "worst_rank_gap",
        key: "worstRankGap",
        values: { competitor: nameOf(best), bsr: count.format(best.bsr!), mainBsr: count.format(main.bsr), mainRank: main.bsrRankInGroup, size: competitors.length + 1 },
        productId: best.productId,
      });
    }
  }

  // Fastest-growing competitor: most new reviews per day.
  const growing = competitors.filter((c) => velocityOf(c) !== null);
  if (growing.length > 0) {
    const fastest = growing.reduce((a, b) => (velocityOf(b)! > velocityOf(a)! ? b : a));
    const mainVelocity = velocityOf(main);
    findings.push({
      kind: "fastest_growing_competitor",
      key: mainVelocity === null ? "fastestGrowingNoMain" : "fastestGrowing",
      values: { competitor: nameOf(fastest), perDay: perDay.format(velocityOf(fastest)!), mainPerDay: perDay.format(mainVelocity ?? 0) },
      productId: fastest.productId,
    });
  }

  if (features.missingFromMain.length > 0) {
    const top = features.missingFromMain[0];
    findings.push({
      kind: "missing_features",
      key: "missingFeatures",
      values: { count: features.missingFromMain.length, example: top.feature, competitors: top.competitors.length },
    });
  }
  return findings;
}
