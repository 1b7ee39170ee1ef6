import { formatCount, formatMoney, formatPercent } from "@/lib/anomalies/format-values";
import type { DetectedChange } from "@/lib/anomalies/types";
import type { GroupAlertSettings } from "@/lib/anomalies/group-thresholds";
import type { ProductReading } from "@/lib/sources/types";

/** A product's stored reading as group alerts see it. */
export type GroupReading = Pick<ProductReading, "capturedAt" | "currency" | "price" | "bsr" | "reviewCount"> & { snapshotId: string };

/** One competitor against its group's main product, now and before the new readings. */
export type GroupPair = {
  groupName: string;
  settings: GroupAlertSettings;
  mainAsin: string;
  competitorAsin: string;
  main: { current: GroupReading; previous: GroupReading | null };
  competitor: { current: GroupReading; previous: GroupReading | null; weekAgo: GroupReading | null; touched: boolean };
};

const DAY_MS = 86_400_000;

const undercuts = (main: GroupReading | null, c: GroupReading | null, percent: number) =>
  !!main && !!c && main.price !== null && c.price !== null && main.currency === c.currency && main.price > 0 &&
  c.price <= main.price * (1 - percent / 100);

const ahead = (main: GroupReading | null, c: GroupReading | null) => !!main && !!c && main.bsr !== null && c.bsr !== null && c.bsr < main.bsr;

// Pure group-relative rules. Undercut and overtake fire on the transition (the state holds
// now and did not before), so a competitor that stays cheaper is reported once, not on every
// reading; the review surge compares with the reading at or just before a week ago.
export function evaluateGroupPair(pair: GroupPair): DetectedChange[] {
  const { settings, main, competitor: c } = pair;
  const base = { group: pair.groupName, competitor: pair.competitorAsin, main: pair.mainAsin };
  const out: DetectedChange[] = [];

  if (undercuts(main.current, c.current, settings.undercutPercent) && !undercuts(main.previous, c.previous, settings.undercutPercent)) {
    const gap = (c.current.price! - main.current.price!) / main.current.price!;
    out.push({
      kind: "competitor_undercut",
      severity: "warning",
      before: { mainPrice: main.previous?.price ?? null, price: c.previous?.price ?? null },
      after: { mainPrice: main.current.price, price: c.current.price },
      change: gap,
      reason: {
        key: "competitor_undercut",
        values: {
          ...base,
          price: formatMoney(c.current.price!, c.current.currency),
          mainPrice: formatMoney(main.current.price!, main.current.currency),
          percent: formatPercent(gap),
          threshold: formatPercent(settings.undercutPercent / 100),
        },
      },
    });
  }

  // Overtaking needs both ranks known before: from an unknown rank it is a first sighting.
  const [mainBefore, compBefore] = [main.previous, c.previous];
  if (ahead(main.current, c.current) && mainBefore?.bsr != null && compBefore?.bsr != null && !ahead(mainBefore, compBefore)) {
    out.push({
      kind: "competitor_bsr_overtake",
      severity: "warning",
      before: { mainBsr: mainBefore.bsr, bsr: compBefore.bsr },
      after: { mainBsr: main.current.bsr, bsr: c.current.bsr },
      change: null,
      reason: { key: "competitor_bsr_overtake", values: { ...base, bsr: formatCount(c.current.bsr!), mainBsr: formatCount(main.current.bsr!) } },
    });
  }

  // A week-ago reading much older than a week would spread the gain over too long a time.
  const week = c.weekAgo;
  if (c.touched && week && c.current.reviewCount !== null && week.reviewCount !== null && c.current.capturedAt.getTime() - week.capturedAt.getTime() <= 14 * DAY_MS) {
    const gained = c.current.reviewCount - week.reviewCount;
    if (gained >= settings.reviewSurge) {
      out.push({
        kind: "competitor_review_surge",
        severity: "info",
        before: { reviewCount: week.reviewCount },
        after: { reviewCount: c.current.reviewCount },
        change: gained,
        reason: {
          key: "competitor_review_surge",
          values: { ...base, gained: formatCount(gained), threshold: formatCount(settings.reviewSurge), before: formatCount(week.reviewCount), after: formatCount(c.current.reviewCount) },
        },
      });
    }
  }
  return out;
}
