import type { AnomalyKind } from "@/lib/generated/prisma/enums";
import { money, moneyDelta, moneyOrNull, percentChange, stars, starsDelta, wholeOrNull } from "@/lib/webhooks/event-values";

// Anomaly rows store before/after as detection wrote them (lib/anomalies/rules*.ts): a bare
// number for metric kinds, an object for stock, seller and group kinds, a string or list for
// listing kinds. This maps each kind to its v1 shape (lib/webhooks/event-schema.ts).

type Stored = { before: unknown; after: unknown; reasonValues: Record<string, string | number>; currency: string };
type Values = { before: unknown; after: unknown; change: unknown };

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const num = (v: unknown): number => (typeof v === "number" ? v : Number.NaN);
const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

function priceMove({ before, after, currency }: Stored): Values {
  const [a, b] = [num(before), num(after)];
  return { before: { price: money(a, currency) }, after: { price: money(b, currency) }, change: { amount: moneyDelta(a, b, currency), percent: percentChange(a, b) } };
}

function listMove(key: "bullets" | "images", { before, after }: Stored): Values {
  const [a, b] = [list(before), list(after)];
  const [was, now] = [new Set(a), new Set(b)];
  return { before: { [key]: a }, after: { [key]: b }, change: { added: b.filter((v) => !was.has(v)).length, removed: a.filter((v) => !now.has(v)).length } };
}

const text = (key: string) => (s: Stored): Values => ({ before: { [key]: str(s.before) }, after: { [key]: str(s.after) }, change: null });

export const valuesByKind: Record<AnomalyKind, (stored: Stored) => Values> = {
  price_change: priceMove,
  buy_box_price_change: priceMove,
  bsr_change: ({ before, after, reasonValues }) => {
    const [a, b] = [Math.round(num(before)), Math.round(num(after))];
    // Detection compares ranks only within one category, so both readings share it.
    const category = str(reasonValues.category);
    return { before: { rank: a, category }, after: { rank: b, category }, change: { rank: b - a, percent: percentChange(a, b) } };
  },
  rating_drop: ({ before, after }) => ({
    before: { rating: stars(num(before)) },
    after: { rating: stars(num(after)) },
    change: { stars: starsDelta(num(before), num(after)) },
  }),
  review_count_drop: ({ before, after }) => {
    const [a, b] = [Math.round(num(before)), Math.round(num(after))];
    return { before: { reviews: a }, after: { reviews: b }, change: { reviews: b - a } };
  },
  out_of_stock: ({ before, after, currency }) => ({
    before: { in_stock: true, availability: str(obj(before).availability), price: moneyOrNull(obj(before).price, currency) },
    after: { in_stock: false, availability: str(obj(after).availability) },
    change: null,
  }),
  back_in_stock: ({ before, after, currency }) => ({
    before: { in_stock: false, availability: str(obj(before).availability) },
    after: { in_stock: true, availability: str(obj(after).availability), price: moneyOrNull(obj(after).price, currency) },
    change: null,
  }),
  buy_box_seller_change: ({ before, after }) => ({
    before: { seller_id: str(obj(before).id), seller_name: str(obj(before).name) },
    after: { seller_id: str(obj(after).id), seller_name: str(obj(after).name) },
    change: null,
  }),
  title_change: text("title"),
  brand_change: text("brand"),
  bullets_change: (s) => listMove("bullets", s),
  images_change: (s) => listMove("images", s),
  competitor_undercut: ({ before, after, currency }) => {
    const [price, main] = [num(obj(after).price), num(obj(after).mainPrice)];
    return {
      before: { price: moneyOrNull(obj(before).price, currency), main_price: moneyOrNull(obj(before).mainPrice, currency) },
      after: { price: money(price, currency), main_price: money(main, currency) },
      change: { amount: moneyDelta(main, price, currency), percent: percentChange(main, price) },
    };
  },
  competitor_bsr_overtake: ({ before, after }) => ({
    before: { rank: wholeOrNull(obj(before).bsr), main_rank: wholeOrNull(obj(before).mainBsr) },
    after: { rank: wholeOrNull(obj(after).bsr), main_rank: wholeOrNull(obj(after).mainBsr) },
    change: null,
  }),
  competitor_review_surge: ({ before, after }) => {
    const [a, b] = [wholeOrNull(obj(before).reviewCount) ?? 0, wholeOrNull(obj(after).reviewCount) ?? 0];
    return { before: { reviews: a }, after: { reviews: b }, change: { reviews: b - a } };
  },
};

/** Group-relative kinds: their product is the competitor, and their events name the group. */
export const groupKinds: ReadonlySet<AnomalyKind> = new Set(["competitor_undercut", "competitor_bsr_overtake", "competitor_review_surge"]);

/** Kinds whose values carry amounts: their events name the currency. */
export const moneyKinds: ReadonlySet<AnomalyKind> = new Set(["price_change", "buy_box_price_change", "out_of_stock", "back_in_stock", "competitor_undercut"]);
