import type { AlertAnomaly } from "@/lib/alerts/alert-anomaly";
import type { EmailIntl } from "@/lib/alerts/emails/email-intl";
import { diffTitle, type TextPart } from "@/lib/history/diff-listing";
import { marketplaces } from "@/lib/marketplaces/marketplaces";
import { Severity } from "@/lib/generated/prisma/enums";

/** One change as an email row shows it, every value formatted for the recipient. */
export type ChangeFacts = {
  id: string;
  kind: string;
  severity: Severity;
  kindLabel: string;
  severityLabel: string;
  before?: string;
  after?: string;
  /** Signed change: "−18.6%", "+45%", "−0.3 ★", "−12". */
  change?: string;
  /** The threshold that fired, when detection recorded it. */
  threshold?: string;
  /** The reason sentence, for kinds whose before → after does not say it all (groups). */
  note?: string;
  /** Title changes: the words of both titles, marked added or removed, shown once. */
  titleParts?: TextPart[];
  /** Short lead for the subject line ("Price −18.6% to $47.99"). */
  lead: string;
  detectedAt: Date;
};

const severityRank = Object.fromEntries(Object.values(Severity).map((s, i) => [s, i])) as Record<Severity, number>;

/** Most severe first; ties in detection order, so the email reads like the timeline. */
export function bySeverity<T extends { severity: Severity; detectedAt: Date }>(a: T, b: T): number {
  return severityRank[b.severity] - severityRank[a.severity] || a.detectedAt.getTime() - b.detectedAt.getTime();
}

type Reason = { key: string; values: Record<string, string | number> };
const asReason = (value: unknown): Reason => {
  const r = (value ?? {}) as Partial<Reason>;
  return { key: typeof r.key === "string" ? r.key : "", values: r.values && typeof r.values === "object" ? r.values : {} };
};
const asNumber = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const field = (v: unknown, key: string): unknown => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined);
const text = (v: unknown, max = 60) => (typeof v === "string" && v !== "" ? cut(v, max) : undefined);

/** Cuts at a word boundary where there is one near the end, else at the character. */
export function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const head = value.slice(0, max - 1);
  const space = head.lastIndexOf(" ");
  return `${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}

export function changeFacts(anomaly: AlertAnomaly, intl: EmailIntl): ChangeFacts {
  const { t, format } = intl;
  const reason = asReason(anomaly.reason);
  const v = reason.values;
  const currency = marketplaces[anomaly.product.marketplace].currency;
  const money = (n: unknown) => (asNumber(n) === undefined ? undefined : format.number(n as number, { style: "currency", currency }));
  const count = (n: unknown) => (asNumber(n) === undefined ? undefined : format.number(n as number));
  // Typographic minus: "−18.6%" reads as a drop at a glance, "-18.6%" as a hyphen.
  const signed = (s: string) => s.replace("-", "−");
  const percent = (n: number | null) =>
    n === null ? undefined : signed(format.number(n, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }));
  const stars = (n: unknown) =>
    asNumber(n) === undefined ? undefined : t("alertEmail.values.stars", { value: format.number(n as number, { maximumFractionDigits: 2 }) });
  const rank = (n: unknown) => (asNumber(n) === undefined ? undefined : t("alertEmail.values.rank", { value: format.number(n as number) }));
  const threshold = typeof v.threshold === "string" || typeof v.threshold === "number" ? String(v.threshold) : undefined;
  const reasonText = () => {
    const key = `anomalies.reasons.${reason.key}`;
    return reason.key && (t as unknown as { has?: (k: string) => boolean }).has?.(key) !== false ? safe(() => t(key, v)) : undefined;
  };

  const base = {
    id: anomaly.id,
    kind: anomaly.kind,
    severity: anomaly.severity,
    kindLabel: t(`anomalies.kinds.${anomaly.kind}`),
    severityLabel: t(`anomalies.severities.${anomaly.severity}`),
    detectedAt: anomaly.detectedAt,
  };
  const lead = (values: Record<string, string | number> = {}, key: string = anomaly.kind) => t(`alertEmail.subject.kinds.${key}`, values);
  const { before, after, change } = anomaly;

  switch (anomaly.kind) {
    case "price_change":
    case "buy_box_price_change": {
      const facts = { before: money(before), after: money(after), change: percent(change), threshold };
      return { ...base, ...facts, lead: lead({ change: facts.change ?? "", after: facts.after ?? "" }) };
    }
    case "bsr_change": {
      const facts = { before: rank(before), after: rank(after), change: percent(change), threshold };
      return { ...base, ...facts, lead: lead({ direction: String(v.direction ?? ""), after: facts.after ?? "", change: facts.change ?? "" }) };
    }
    case "rating_drop": {
      const drop = asNumber(change);
      const facts = {
        before: stars(before),
        after: stars(after),
        change:
          drop === undefined
            ? undefined
            : t("alertEmail.values.stars", { value: signed(format.number(drop, { maximumFractionDigits: 2, signDisplay: "exceptZero" })) }),
        threshold: threshold && stars(Number(threshold)),
      };
      return { ...base, ...facts, lead: lead({ after: facts.after ?? "" }) };
    }
    case "review_count_drop": {
      const removed = asNumber(change);
      return {
        ...base,
        before: count(before),
        after: count(after),
        change: removed === undefined ? undefined : signed(format.number(removed, { signDisplay: "exceptZero" })),
        lead: lead({ removed: count(Math.abs(removed ?? 0)) ?? "" }),
      };
    }
    case "out_of_stock":
      return { ...base, before: t("alertEmail.values.inStock"), after: text(field(after, "availability")) ?? t("alertEmail.values.outOfStock"), lead: lead() };
    case "back_in_stock": {
      const price = money(field(after, "price"));
      return {
        ...base,
        before: t("alertEmail.values.outOfStock"),
        after: price ? t("alertEmail.values.inStockAt", { price }) : t("alertEmail.values.inStock"),
        lead: lead(),
      };
    }
    case "buy_box_seller_change": {
      const seller = (s: unknown) => text(field(s, "name"), 40) ?? text(field(s, "id"), 40);
      const hijack = reason.key === "buy_box_seller_change_hijack";
      return {
        ...base,
        before: seller(before),
        after: seller(after),
        note: hijack ? reasonText() : undefined,
        lead: lead({ seller: cut(seller(after) ?? "", 24) }, hijack ? "buy_box_seller_change_hijack" : "buy_box_seller_change"),
      };
    }
    case "title_change":
      return { ...base, titleParts: diffTitle(typeof before === "string" ? before : "", typeof after === "string" ? after : ""), lead: lead() };
    case "brand_change":
      return {
        ...base,
        before: text(before) ?? t("alertEmail.values.none"),
        after: text(after) ?? t("alertEmail.values.none"),
        lead: lead({ after: cut(text(after) ?? "", 24) }),
      };
    case "bullets_change":
    case "images_change":
      return { ...base, after: t("alertEmail.values.listChange", { added: Number(v.added ?? 0), removed: Number(v.removed ?? 0) }), lead: lead() };
    case "competitor_undercut":
      return {
        ...base,
        before: money(field(after, "mainPrice")),
        after: money(field(after, "price")),
        change: percent(change),
        threshold,
        note: reasonText(),
        lead: lead({ main: String(v.main ?? ""), percent: String(v.percent ?? "") }),
      };
    case "competitor_bsr_overtake":
      return {
        ...base,
        before: rank(field(after, "mainBsr")),
        after: rank(field(after, "bsr")),
        note: reasonText(),
        lead: lead({ main: String(v.main ?? "") }),
      };
    case "competitor_review_surge": {
      const gained = asNumber(change);
      return {
        ...base,
        before: count(field(before, "reviewCount")),
        after: count(field(after, "reviewCount")),
        change: gained === undefined ? undefined : signed(format.number(gained, { signDisplay: "exceptZero" })),
        threshold,
        note: reasonText(),
        lead: lead({ gained: count(gained ?? 0) ?? "" }),
      };
    }
    default:
      return { ...base, note: reasonText(), lead: base.kindLabel };
  }
}

function safe(fn: () => string): string | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
