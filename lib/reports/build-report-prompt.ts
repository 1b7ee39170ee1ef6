import type { ComparisonMember, GroupComparison } from "@/lib/comparison/comparison-types";
import type { Locale } from "@/lib/i18n/locales";

// The numbers are computed in code (lib/groups) and handed to the model verbatim: the model
// explains and recommends, it never calculates. The same object is stored with the report.
export type ReportInput = ReturnType<typeof toReportInput>;

function member(m: ComparisonMember) {
  return {
    asin: m.asin,
    role: m.role,
    kind: m.kind,
    title: m.title,
    brand: m.brand,
    currency: m.currency,
    price: m.price,
    buyBoxPrice: m.buyBoxPrice,
    priceGapPct: m.priceGapPct,
    bsr: m.bsr,
    bsrCategory: m.bsrCategory,
    bsrRankInGroup: m.bsrRankInGroup,
    rating: m.rating,
    reviewCount: m.reviewCount,
    reviewVelocity7d: m.reviewVelocity7d,
    reviewVelocity30d: m.reviewVelocity30d,
    inStock: m.inStock,
    listingAgeDays: m.listingAgeDays,
    bullets: m.bullets,
  };
}

export function toReportInput(comparison: GroupComparison) {
  return {
    group: comparison.groupName,
    marketplace: comparison.marketplace,
    computedAt: comparison.computedAt,
    main: member(comparison.main),
    competitors: comparison.competitors.map(member),
    features: comparison.features,
    findings: comparison.findings.map((f) => ({ kind: f.kind, ...f.values })),
  };
}

const languageName: Record<Locale, string> = { en: "English", "zh-CN": "Simplified Chinese (简体中文)" };

export function buildReportInstructions(locale: Locale): string {
  return [
    "You are an Amazon marketplace analyst writing a positioning report for a seller.",
    "The seller's main product is compared with its competitors. All figures were computed from the seller's own tracking data and are given to you as JSON.",
    "Use only these figures; never invent or recompute numbers. priceGapPct is a fraction: -0.1 means 10% cheaper than the main product. A lower BSR is better.",
    "Each recommendation must name the ASIN it applies to (usually the main product) and quote the figures it rests on in dataPoints.",
    `Write every text field in ${languageName[locale]}. Keep enum values (type, difficulty) in English.`,
    "Answer with a single JSON object matching the schema.",
  ].join("\n");
}

export function buildReportPrompt(input: ReportInput): string {
  return `Competitor group comparison (JSON):\n${JSON.stringify(input, null, 2)}`;
}
