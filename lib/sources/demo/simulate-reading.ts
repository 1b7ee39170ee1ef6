import { marketplaces } from "@/lib/marketplaces/marketplaces";
import {
  type DemoLanguage,
  type DemoProduct,
  demoAnchorDay,
  demoLanguage,
  demoSellerId,
} from "@/lib/sources/demo/demo-catalog";
import type { ProductReading } from "@/lib/sources/types";

// The simulated market. Every number is a closed-form function of (product, UTC day), drawn
// from a counter-based PRNG keyed by (asin, marketplace, purpose, day or period). Nothing is
// carried from one day to the next, so any single day can be computed on its own, the same
// day always gives the same reading, and consecutive days still form one plausible history:
// slow trends are interpolated between period knots, and multi-day events (promotions,
// stock-outs, buy box takeovers) are drawn once per period and cover a run of days.

const dayMs = 86_400_000;
const anchorDay = Date.parse(`${demoAnchorDay}T00:00:00Z`) / dayMs;

export function utcDayNumber(date: Date): number {
  return Math.floor(date.getTime() / dayMs);
}

/** cyrb53: a fast, well-mixed 53-bit string hash, used as the PRNG's counter mode. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Uniform in [0, 1), the same for the same keys. */
export function demoRandom(...keys: Array<string | number>): number {
  return hash53(keys.join("|")) / 2 ** 53;
}

type Event = { dayIndex: number; length: number; u: number };

function productStream(p: DemoProduct) {
  const rand = (purpose: string, n: number, k = 0) => demoRandom(p.asin, p.marketplace, purpose, n, k);
  const gauss = (purpose: string, n: number) =>
    Math.sqrt(-2 * Math.log(1 - rand(purpose, n, 0))) * Math.cos(2 * Math.PI * rand(purpose, n, 1));
  return {
    rand,
    gauss,
    /** Smooth noise (about N(0,1)): knots every `period` days, eased in between, never jumpy. */
    trend(purpose: string, day: number, period: number): number {
      const k = Math.floor(day / period);
      const f = (day - k * period) / period;
      const ease = f * f * (3 - 2 * f);
      return gauss(purpose, k) + (gauss(purpose, k + 1) - gauss(purpose, k)) * ease;
    },
    /** A run of days inside each `period`-day block, with the given chance per block. */
    event(purpose: string, day: number, period: number, chance: number, minDays: number, maxDays: number) {
      const block = Math.floor(day / period);
      if (rand(purpose, block, 0) >= chance) return null;
      const length = minDays + Math.floor(rand(purpose, block, 1) * (maxDays - minDays + 1));
      const start = block * period + Math.floor(rand(purpose, block, 2) * (period - length + 1));
      if (day < start || day >= start + length) return null;
      return { dayIndex: day - start, length, u: rand(purpose, block, 3) } satisfies Event;
    },
  };
}

const availabilityText: Record<DemoLanguage, { inStock: string; low: (n: number) => string; out: string }> = {
  en: { inStock: "In Stock", low: (n) => `Only ${n} left in stock - order soon.`, out: "Currently unavailable." },
  de: { inStock: "Auf Lager", low: (n) => `Nur noch ${n} auf Lager`, out: "Derzeit nicht verfügbar." },
  ja: { inStock: "在庫あり。", low: (n) => `残り${n}点 ご注文はお早めに`, out: "現在在庫切れです。" },
  fr: { inStock: "En stock", low: (n) => `Il ne reste plus que ${n} exemplaire(s) en stock.`, out: "Actuellement indisponible." },
};

const resellers: Record<DemoLanguage, string[]> = {
  en: ["SoundDeals Direct", "TechHub Outlet"],
  de: ["TonWelt Handel GmbH", "Elektro Schnell"],
  ja: ["オーディオ専門店ハル", "家電ストア・ミナト"],
  fr: ["Boutique Son Express", "Audio Discount FR"],
};

/** Shelf prices: whole yen in tens, "x,x99" for large amounts, ".99" endings otherwise. */
export function roundDemoPrice(value: number, currency: string): number {
  if (currency === "JPY") return Math.max(10, Math.round(value / 10) * 10);
  if (value >= 1000) return Math.round(value / 10) * 10 - 1;
  if (value >= 10) return Math.floor(value) + 0.99;
  return Math.round(value * 100) / 100;
}

export function simulateReading(product: DemoProduct, at: Date): ProductReading {
  const day = utcDayNumber(at);
  const s = productStream(product);
  const currency = marketplaces[product.marketplace].currency;
  const language = demoLanguage(product.marketplace);

  // Repricing: a new regular price level for each 4-week period, often unchanged.
  const period = Math.floor(day / 28);
  const level = s.rand("reprice", period) < 0.6 ? 1 : 0.9 + 0.18 * s.rand("reprice", period, 1);
  const jitter = s.rand("jitter", day) < 0.15 ? (s.rand("jitter", day, 1) - 0.5) * 0.06 : 0;
  const regular = product.basePrice * level * (1 + jitter);

  // About two stock-outs a year, of one to seven days.
  const stockOutOn = (d: number) => s.event("stock-out", d, 45, 0.22, 1, 7);
  const stockOut = stockOutOn(day);
  const promo = stockOut ? null : s.event("promo", day, 21, 0.3, 2, 6);
  const takeover = stockOut ? null : s.event("buy-box", day, 30, 0.25, 1, 4);
  const discount = promo ? Math.round(10 + 15 * promo.u) / 100 : 0;

  const price = stockOut ? null : roundDemoPrice(regular * (1 - discount), currency);
  // The strike-through price: the listing's own list price, or the "was" price during a deal.
  const listPrice = stockOut ? null : (product.listPrice ?? (promo ? roundDemoPrice(regular, currency) : null));

  let seller: { id: string; name: string } | null = stockOut ? null : product.seller;
  let buyBoxPrice = price;
  if (takeover && price !== null) {
    // A reseller undercuts and wins the buy box for a few days.
    const pool = resellers[language];
    const name = pool[Math.floor(takeover.u * pool.length)] ?? pool[0]!;
    seller = { id: demoSellerId(`${product.marketplace}:${name}`), name };
    buyBoxPrice = roundDemoPrice(price * (0.94 + 0.04 * takeover.u), currency);
  }

  // BSR: lower is better. Log-normal daily noise on a slow trend; deals sell more (better
  // rank) and a stock-out sinks the rank a little more every day it lasts.
  let rankFactor = Math.exp(0.35 * s.trend("bsr-trend", day, 30) + 0.08 * s.gauss("bsr-day", day));
  if (promo) rankFactor *= 0.7;
  if (stockOut) rankFactor *= 1 + 0.35 * (stockOut.dayIndex + 1);
  const bsr = Math.max(1, Math.round(product.baseBsr * rankFactor));
  const subNoise = Math.exp(0.05 * s.gauss("sub-day", day));
  const subRank = Math.max(1, Math.round(product.baseSubcategoryRank * rankFactor * subNoise));

  const reviewCount = simulateReviewCount(product, day);
  const drift = 0.15 * s.trend("rating", day, 40);
  const rating = reviewCount === 0 ? null : clamp(round1(product.baseRating + drift), 1, 5);

  const texts = availabilityText[language];
  // Amazon shows "Only N left" in the days before a listing runs out.
  const runsOutSoon = [1, 2].some((ahead) => stockOutOn(day + ahead));
  const availability = stockOut
    ? texts.out
    : runsOutSoon
      ? texts.low(2 + Math.floor(s.rand("low-stock", day) * 8))
      : texts.inStock;

  const root = product.categoryPath[0] ?? null;
  const leaf = product.categoryPath.at(-1) ?? null;
  return {
    asin: product.asin,
    marketplace: product.marketplace,
    capturedAt: at,
    currency,
    price,
    listPrice,
    buyBoxPrice,
    bsr,
    bsrCategory: root,
    bsrRanks: [
      ...(root ? [{ rank: bsr, category: root }] : []),
      ...(leaf && leaf !== root ? [{ rank: subRank, category: leaf }] : []),
    ],
    rating,
    reviewCount,
    inStock: !stockOut,
    availabilityText: availability,
    buyBoxSellerId: seller?.id ?? null,
    buyBoxSellerName: seller?.name ?? null,
    listing: {
      title: titleForVersion(product, listingVersion(product, day)),
      brand: product.brand,
      bullets: [...product.bullets],
      images: [...product.images],
      categoryPath: [...product.categoryPath],
    },
    isDemo: true,
  };
}

/**
 * Reviews only grow: each day adds between 0.2× and 1.8× the product's daily rate, so the
 * floor of the running value never goes down. Scripted removals are the one exception.
 */
function simulateReviewCount(product: DemoProduct, day: number): number {
  const s = productStream(product);
  const t = day - anchorDay;
  const rate = product.reviewsPerDay;
  const wobble = 0.8 * rate * (s.rand("reviews", day) - 0.5);
  let count = Math.max(0, Math.floor(product.baseReviewCount + rate * t + wobble));
  const removal = product.reviewRemoval;
  if (removal && t >= 0) {
    const phase = Math.floor(s.rand("review-removal", 0) * removal.everyDays);
    const removals = t >= phase ? Math.floor((t - phase) / removal.everyDays) + 1 : 0;
    count = Math.max(0, count - removals * Math.round(removal.fraction * product.baseReviewCount));
  }
  return count;
}

// Listing versions: in each 60-day block a title change may happen on one day. Counted from
// a fixed origin so the version number of any day is reproducible.
const versionBlockDays = 60;
const versionOriginDay = anchorDay - 400;

function listingVersion(product: DemoProduct, day: number): number {
  const s = productStream(product);
  let version = 0;
  for (let b = Math.floor(versionOriginDay / versionBlockDays); b <= Math.floor(day / versionBlockDays); b++) {
    if (s.rand("title", b) >= 0.2) continue;
    const changeDay = b * versionBlockDays + Math.floor(s.rand("title", b, 1) * versionBlockDays);
    if (changeDay >= versionOriginDay && changeDay <= day) version++;
  }
  return version;
}

function titleForVersion(product: DemoProduct, version: number): string {
  if (version === 0 || product.titleVariants.length === 0) return product.title;
  return product.titleVariants[(version - 1) % product.titleVariants.length]!;
}

/** When the demo "crawler" reads a product on a given day: early morning UTC, per product. */
function demoCaptureTime(product: DemoProduct, day: number): Date {
  const minutes = 6 * 60 + Math.floor(demoRandom(product.asin, product.marketplace, "capture") * 120);
  return new Date(day * dayMs + minutes * 60_000);
}

/** One reading per UTC day from `from` to `to`, both included (e.g. 180 days of seed data). */
export function simulateHistory(product: DemoProduct, from: Date, to: Date): ProductReading[] {
  const readings: ProductReading[] = [];
  for (let day = utcDayNumber(from); day <= utcDayNumber(to); day++) {
    readings.push(simulateReading(product, demoCaptureTime(product, day)));
  }
  return readings;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
