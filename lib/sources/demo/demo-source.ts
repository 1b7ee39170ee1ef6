import { type MarketplaceCode, marketplaces } from "@/lib/marketplaces/marketplaces";
import { isAsin } from "@/lib/marketplaces/asin";
import {
  type DemoCategory,
  type DemoFeature,
  type DemoLanguage,
  type DemoProduct,
  demoBullets,
  demoCategoryPath,
  demoLanguage,
  demoSellerId,
  demoTitleVariants,
  findDemoProduct,
} from "@/lib/sources/demo/demo-catalog";
import { demoSearch } from "@/lib/sources/demo/demo-search";
import { demoRandom, roundDemoPrice, simulateReading } from "@/lib/sources/demo/simulate-reading";
import type { FailedRead, ProductReading, ProductSource } from "@/lib/sources/types";

// The demo source answers like a real crawler without any network: catalogue products get
// their simulated reading for the requested moment; any other ASIN gets a stable
// pseudo-product generated from the ASIN, so whatever a user adds in demo mode has data.
// The ASINs below are "not found", so the UI's failure states can be shown too.

/** ASINs the demo source reports as not found (like an Apify error item). */
export const demoNotFoundAsins: ReadonlySet<string> = new Set(["B0DEMO0404", "B0DEMO0410", "B0DEMO9999"]);

export function createDemoSource(): ProductSource {
  return {
    kind: "demo",
    // Shifts day by day, so scheduled searches of a category see new entrants.
    search: async ({ marketplace, keyword }) => ({ candidates: demoSearch({ marketplace, keyword, day: Math.floor(Date.now() / 86_400_000) }), isDemo: true }),
    async fetch({ marketplace, asins, now }) {
      const at = now ?? new Date();
      const asked = [...new Set(asins)];
      const readings: ProductReading[] = [];
      const failures: FailedRead[] = [];
      for (const asin of asked) {
        const product = demoProductFor(asin, marketplace);
        if (!product) {
          failures.push({ asin, reason: "not_found", detail: `Demo market has no product ${asin} on ${marketplace}.` });
          continue;
        }
        // `asin` is always the one asked for, which is how readings are joined to products.
        readings.push({ ...simulateReading(product, at), asin });
      }
      // Like the Apify source: one run per marketplace batch, none when nothing was asked.
      const runs =
        asked.length === 0
          ? []
          : [{ id: `demo-${marketplace}-${at.toISOString().slice(0, 16)}Z`, status: "SUCCEEDED", costUsd: 0, asins: asked }];
      return { readings, failures, runs };
    },
  };
}

/** The simulated product behind an ASIN on a marketplace; undefined if the demo says "not found". */
export function demoProductFor(asin: string, marketplace: MarketplaceCode): DemoProduct | undefined {
  const normalised = asin.trim().toUpperCase();
  if (!isAsin(normalised) || demoNotFoundAsins.has(normalised)) return undefined;
  return findDemoProduct(normalised, marketplace) ?? generateDemoProduct(normalised, marketplace);
}

// Rough units of local currency per US dollar, only to make generated prices look local.
const perUsd: Record<string, number> = {
  USD: 1, CAD: 1.38, MXN: 18, BRL: 5.5, GBP: 0.78, EUR: 0.92, SEK: 10.5, PLN: 3.9, TRY: 34,
  AED: 3.67, SAR: 3.75, EGP: 49, INR: 84, JPY: 150, AUD: 1.52, SGD: 1.34,
};

const categories: Record<DemoCategory, { usd: [number, number]; features: DemoFeature[] }> = {
  earbuds: { usd: [19, 99], features: ["anc", "battery40", "ipx5", "multipoint", "app", "mics", "lowLatency", "comfort"] },
  headphones: { usd: [35, 249], features: ["anc", "battery30", "foldable", "multipoint", "app", "mics"] },
  speaker: { usd: [29, 149], features: ["sound360", "speakerBattery", "ip67", "stereoPair"] },
  charger: { usd: [15, 49], features: ["gan65", "ports3", "warranty"] },
  power_bank: { usd: [19, 59], features: ["capacity20k", "pd20", "warranty"] },
};
const categoryKeys = Object.keys(categories) as DemoCategory[];

const productNouns: Record<DemoLanguage, Record<DemoCategory, string>> = {
  en: {
    earbuds: "Wireless Earbuds, Bluetooth 5.3",
    headphones: "Over-Ear Bluetooth Headphones",
    speaker: "Portable Bluetooth Speaker",
    charger: "65W USB-C GaN Charger",
    power_bank: "20000mAh Power Bank",
  },
  de: {
    earbuds: "Kabellose In-Ear-Kopfhörer",
    headphones: "Over-Ear Bluetooth-Kopfhörer",
    speaker: "Tragbarer Bluetooth-Lautsprecher",
    charger: "65W USB-C GaN Ladegerät",
    power_bank: "Powerbank 20000mAh",
  },
  ja: {
    earbuds: "ワイヤレスイヤホン",
    headphones: "ワイヤレスヘッドホン",
    speaker: "Bluetoothスピーカー",
    charger: "65W USB-C 急速充電器",
    power_bank: "モバイルバッテリー 20000mAh",
  },
  fr: {
    earbuds: "Écouteurs sans fil Bluetooth",
    headphones: "Casque Bluetooth circum-auriculaire",
    speaker: "Enceinte Bluetooth portable",
    charger: "Chargeur USB-C GaN 65 W",
    power_bank: "Batterie externe 20000 mAh",
  },
};

const brands = ["Auralis", "Nordtone", "Pulsewave", "Kestrel Audio", "Lumo", "Sonique", "LANXIN", "HUOLI", "Vireo", "Tonemill"];
const models = ["Echo", "Drift", "Nova", "Arc", "Flux", "Halo", "Rift", "Zen"];
const editions = ["Lite", "Pro", "2", "X", "Max", "Air"];

function generateDemoProduct(asin: string, marketplace: MarketplaceCode): DemoProduct {
  const r = (key: string) => demoRandom(asin, marketplace, "generate", key);
  const pick = <T>(list: readonly T[], key: string): T => list[Math.floor(r(key) * list.length)]!;
  const logUniform = (min: number, max: number, key: string) => Math.exp(Math.log(min) + r(key) * Math.log(max / min));

  const language = demoLanguage(marketplace);
  const category = pick(categoryKeys, "category");
  const { usd, features: pool } = categories[category];
  const brand = pick(brands, "brand");
  const title = `${brand} ${pick(models, "model")} ${pick(editions, "edition")} ${productNouns[language][category]}`;
  const featureCount = 3 + Math.floor(r("feature-count") * 3);
  const features = [...pool].sort((a, b) => r(`f-${a}`) - r(`f-${b}`)).slice(0, featureCount);
  const currency = marketplaces[marketplace].currency;
  const bsr = Math.round(logUniform(400, 90_000, "bsr"));
  const reviews = Math.round(logUniform(40, 25_000, "reviews"));
  const sellerName = `${brand} Official Store`;

  return {
    asin,
    marketplace,
    category,
    brand,
    title,
    titleVariants: demoTitleVariants(title, language),
    bullets: demoBullets(features, language),
    images: [1, 2, 3].map((i) => `/demo/products/generated-${category}-${i}.jpg`),
    categoryPath: demoCategoryPath(category, marketplace),
    basePrice: roundDemoPrice((usd[0] + r("price") * (usd[1] - usd[0])) * (perUsd[currency] ?? 1), currency),
    listPrice: null,
    baseBsr: bsr,
    baseSubcategoryRank: Math.max(1, Math.round(bsr / (10 + r("sub") * 30))),
    baseRating: Math.round((3.6 + r("rating") * 1.1) * 10) / 10,
    baseReviewCount: reviews,
    reviewsPerDay: Math.round((reviews / (300 + r("rate") * 1200)) * 100) / 100,
    seller: { id: demoSellerId(`${marketplace}:${sellerName}`), name: sellerName },
    suggestedOwn: false,
  };
}
