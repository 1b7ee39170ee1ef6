import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { compareFeatures } from "@/lib/comparison/compare-features";
import { buildFindings } from "@/lib/comparison/compare-findings";
import { listingAgeDays, priceGap, rankByBsr, reviewVelocity, type ReviewPoint } from "@/lib/comparison/compare-metrics";
import type { ComparisonMember, GroupComparison } from "@/lib/comparison/comparison-types";

/** One member's latest state as loaded from the database (numbers already plain). */
export type MemberInput = Omit<
  ComparisonMember,
  "priceGapPct" | "bsrRankInGroup" | "reviewVelocity7d" | "reviewVelocity30d" | "listingAgeDays" | "lastReadingAt"
> & {
  lastReadingAt: Date | null;
  listingFirstSeenAt: Date | null;
  /** The reading at or just before 7 and 30 days ago (with a review count), if any. */
  reviewsAgo: { d7: ReviewPoint | null; d30: ReviewPoint | null };
};

// Pure: the whole comparison from loaded members, main first then competitors in group order.
export function compareGroup({
  groupId,
  groupName,
  marketplace,
  main,
  competitors,
  now,
}: {
  groupId: string;
  groupName: string;
  marketplace: MarketplaceCode;
  main: MemberInput;
  competitors: MemberInput[];
  now: Date;
}): GroupComparison {
  const all = [main, ...competitors];
  const ranks = rankByBsr(all.map((m) => m.bsr));
  const members: ComparisonMember[] = all.map((m, i) => {
    const latest: ReviewPoint | null = m.lastReadingAt && m.reviewCount !== null ? { at: m.lastReadingAt, reviewCount: m.reviewCount } : null;
    const { lastReadingAt, listingFirstSeenAt, reviewsAgo, ...rest } = m;
    return {
      ...rest,
      priceGapPct: priceGap(m.price, main.price),
      bsrRankInGroup: ranks[i],
      reviewVelocity7d: reviewVelocity(latest, reviewsAgo.d7),
      reviewVelocity30d: reviewVelocity(latest, reviewsAgo.d30),
      listingAgeDays: listingAgeDays(listingFirstSeenAt, now),
      lastReadingAt: lastReadingAt ? lastReadingAt.toISOString() : null,
    };
  });
  const [mainMember, ...competitorMembers] = members;
  const features = compareFeatures(
    mainMember.bullets,
    competitorMembers.map((c) => ({ label: c.asin, bullets: c.bullets })),
  );
  return {
    groupId,
    groupName,
    marketplace,
    computedAt: now.toISOString(),
    main: mainMember,
    competitors: competitorMembers,
    features,
    findings: buildFindings(mainMember, competitorMembers, features),
  };
}
