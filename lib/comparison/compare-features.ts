import type { FeatureComparison } from "@/lib/comparison/comparison-types";

// Features comparison from bullet points, without an LLM. Each bullet is one selling point:
// it is normalised into a display phrase and a set of word tokens, and two points are "the
// same point" when their token sets overlap enough (Jaccard similarity |A ∩ B| / |A ∪ B| ≥
// MATCH_THRESHOLD). Token overlap is crude but predictable: "IPX5 sweat resistant" and
// "Sweat and water resistance: IPX5" match, "40 hours playtime" and "IPX5" do not.

const MATCH_THRESHOLD = 0.5;

// Words that carry no selling point. English only: other languages' stop words simply count
// as tokens, which makes matching stricter, never wrong.
const stopWords = new Set(
  "a an and are as at be by for from has have in into is it its of on or our the this to up with without your you all any can more most one only so than that their these they very will".split(" "),
);

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/** "【LONG BATTERY】 Up to 40 hours…" → "LONG BATTERY Up to 40 hours…" (decorations gone, spaces collapsed). */
export function featurePhrase(bullet: string): string {
  const text = bullet
    .normalize("NFKC")
    .replace(/[【】[\]★☆✓✔•●▶►◆■□*]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[-–—:;,.\s]+/, "");
  return text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text;
}

/** Lower-cased word tokens without stop words; a trailing plural "s" is dropped. */
export function featureTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const s of segmenter.segment(text.normalize("NFKC").toLowerCase())) {
    if (!s.isWordLike) continue;
    let word = s.segment;
    if (stopWords.has(word)) continue;
    if (/^[a-z]{4,}s$/.test(word) && !word.endsWith("ss")) word = word.slice(0, -1);
    tokens.add(word);
  }
  return tokens;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

type Point = { phrase: string; tokens: Set<string> };

const toPoints = (bullets: string[]): Point[] =>
  bullets.map((b) => ({ phrase: featurePhrase(b), tokens: featureTokens(b) })).filter((p) => p.tokens.size > 0);

const matches = (a: Point, b: Point) => jaccard(a.tokens, b.tokens) >= MATCH_THRESHOLD;

/**
 * Which points competitors make that the main product does not (grouped across competitors:
 * the first competitor's wording names the point), which only the main product makes, and
 * which are shared. Competitors are named by `label` (the ASIN), in group order.
 */
export function compareFeatures(main: string[], competitors: Array<{ label: string; bullets: string[] }>): FeatureComparison {
  const mainPoints = toPoints(main);
  const shared = mainPoints.map((p) => ({ point: p, competitors: [] as string[] }));
  const missing: Array<{ point: Point; competitors: string[] }> = [];

  for (const competitor of competitors) {
    for (const point of toPoints(competitor.bullets)) {
      const hits = shared.filter((s) => matches(s.point, point));
      if (hits.length > 0) {
        for (const hit of hits) if (!hit.competitors.includes(competitor.label)) hit.competitors.push(competitor.label);
        continue;
      }
      const cluster = missing.find((m) => matches(m.point, point));
      if (!cluster) missing.push({ point, competitors: [competitor.label] });
      else if (!cluster.competitors.includes(competitor.label)) cluster.competitors.push(competitor.label);
    }
  }

  return {
    // Points made by more competitors first: those are the ones the market expects.
    missingFromMain: missing
      .map((m, i) => ({ feature: m.point.phrase, competitors: m.competitors, i }))
      .sort((a, b) => b.competitors.length - a.competitors.length || a.i - b.i)
      .map(({ feature, competitors }) => ({ feature, competitors })),
    uniqueToMain: shared.filter((s) => s.competitors.length === 0).map((s) => s.point.phrase),
    shared: shared.filter((s) => s.competitors.length > 0).map((s) => ({ feature: s.point.phrase, competitors: s.competitors })),
  };
}
