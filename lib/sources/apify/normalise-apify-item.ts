import { marketplaces, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { FailedRead, ProductReading } from "@/lib/sources/types";
import { type ApifyMoney, type ApifyProductItem, itemAskedAsin } from "@/lib/sources/apify/apify-item-schema";
import { classifyApifyItem } from "@/lib/sources/apify/classify-apify-item";

// Turns `junglee/amazon-crawler` items into ASIN Radar readings. Pure: no network, no clock.

/** Amazon shows at most two decimals; the actor's floats carry binary noise (169.85000000000002). */
function money(value: ApifyMoney | null | undefined): number | null {
  if (value?.value === null || value?.value === undefined) return null;
  return Math.round(value.value * 100) / 100;
}

// Whitespace that needs collapsing or trimming. Most strings have none, and testing for it is
// about twice as fast as rewriting every string of every item of a large crawl.
const untidy = /\s\s|^\s|\s$|[^\S ]/;

function text(value: string | null | undefined): string | null {
  if (!value) return null;
  if (!untidy.test(value)) return value;
  const trimmed = value.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : null;
}

/**
 * The actor sometimes scrapes the availability block twice ("In Stock  In Stock"):
 * collapse whitespace, then keep one copy when the text is the same words repeated.
 */
export function cleanAvailabilityText(value: string | null | undefined): string | null {
  const cleaned = text(value);
  if (!cleaned) return null;
  const words = cleaned.split(" ");
  for (let size = 1; size <= words.length / 2; size++) {
    if (words.length % size !== 0) continue;
    const unit = words.slice(0, size);
    if (words.every((word, i) => word === unit[i % size])) return unit.join(" ");
  }
  return cleaned;
}

function strings(values: readonly string[] | null | undefined): string[] {
  const out: string[] = [];
  for (const value of values ?? []) {
    const cleaned = text(value);
    if (cleaned && !out.includes(cleaned)) out.push(cleaned);
  }
  return out;
}

/** Full-size gallery first; the small thumbnails only when Amazon gave nothing better. */
function images(item: ApifyProductItem): string[] {
  const highRes = strings(item.highResolutionImages);
  if (highRes.length > 0) return highRes;
  const gallery = strings(item.galleryThumbnails);
  if (gallery.length > 0) return gallery;
  return strings(item.thumbnailImage ? [item.thumbnailImage] : []);
}

/** "Electronics›Headphones›Earbuds" → root first; "" → []. */
function categoryPath(breadCrumbs: ApifyProductItem["breadCrumbs"]): string[] {
  if (!breadCrumbs) return [];
  return strings(typeof breadCrumbs === "string" ? breadCrumbs.split("›") : breadCrumbs);
}

export type NormaliseApifyItemOptions = {
  item: ApifyProductItem;
  marketplace: MarketplaceCode;
  capturedAt: Date;
  /** The ASIN that was asked for; defaults to the item's `originalAsin`, then `asin`. */
  asin?: string;
};

export function normaliseApifyItem({ item, marketplace, capturedAt, asin }: NormaliseApifyItemOptions): ProductReading {
  const askedAsin = asin ?? itemAskedAsin(item);
  if (!askedAsin) throw new Error("Apify item has neither originalAsin nor asin");

  const price = money(item.price);
  const ranks = (item.bestsellerRanks ?? []).map(({ rank, category }) => ({ rank, category: category.trim() }));
  const sellerId = text(item.seller?.id);
  const sellerName = text(item.seller?.name);
  // junglee has no separate buy-box price: `price` is the featured offer's price, which is
  // what the buy box shows. Without a buy-box seller there is no buy box ("See all buying
  // options"), and a price shown then is not one a shopper can add to cart at, so we do
  // not claim a buy-box price for it.
  const hasBuyBox = sellerId !== null || sellerName !== null;
  // Amazon ratings run from 1 to 5 stars; 0 is how some scrapers spell "no ratings yet".
  const rating = item.stars ? item.stars : null;

  return {
    asin: askedAsin,
    marketplace,
    capturedAt,
    // The symbol ("$" is also the peso's) is ambiguous: the storefront fixes the currency.
    currency: marketplaces[marketplace].currency,
    price,
    listPrice: money(item.listPrice),
    buyBoxPrice: hasBuyBox ? price : null,
    // The first rank is the root category's, the one sellers call "the BSR".
    bsr: ranks[0]?.rank ?? null,
    bsrCategory: ranks[0]?.category ?? null,
    bsrRanks: ranks,
    rating,
    reviewCount: item.reviewsCount ?? null,
    inStock: item.inStock ?? null,
    availabilityText: cleanAvailabilityText(item.inStockText),
    buyBoxSellerId: sellerId,
    buyBoxSellerName: sellerName,
    listing: {
      title: text(item.title),
      brand: text(item.brand),
      bullets: strings(item.features),
      images: images(item),
      categoryPath: categoryPath(item.breadCrumbs),
    },
    isDemo: false,
  };
}

export type SplitApifyItemsOptions = {
  items: readonly unknown[];
  /** The ASINs this run was asked for. */
  asins: readonly string[];
  marketplace: MarketplaceCode;
  capturedAt: Date;
};

/**
 * Matches a dataset against the asked ASINs. Items join on `originalAsin` (the asked ASIN;
 * `asin` may be a parent variant). Each item is classified first (`classifyApifyItem`): only
 * a product page becomes a reading. For each asked ASIN the first product wins; if there is
 * none the first failure is reported. Items for ASINs nobody asked for are ignored.
 */
export function splitApifyItems({ items, asins, marketplace, capturedAt }: SplitApifyItemsOptions): {
  readings: ProductReading[];
  failures: FailedRead[];
} {
  const asked = new Map(asins.map((asin) => [asin.trim().toUpperCase(), asin] as const));
  const readings = new Map<string, ProductReading>();
  const failures = new Map<string, FailedRead>();

  for (const raw of items) {
    const key = itemAskedAsin(raw);
    const asin = key === null ? undefined : asked.get(key);
    if (asin === undefined || readings.has(asin)) continue;

    const classified = classifyApifyItem(raw, { marketplace });
    if (classified.kind === "product") {
      readings.set(asin, normaliseApifyItem({ item: classified.item, marketplace, capturedAt, asin }));
      failures.delete(asin);
    } else if (!failures.has(asin)) {
      failures.set(asin, { asin, reason: classified.kind, detail: classified.detail });
    }
  }

  // Report in the order asked, so batches and logs line up with the caller's list.
  const result = { readings: [] as ProductReading[], failures: [] as FailedRead[] };
  for (const asin of new Set(asked.values())) {
    const reading = readings.get(asin);
    if (reading) result.readings.push(reading);
    else result.failures.push(failures.get(asin) ?? { asin, reason: "missing", detail: "the actor returned no item for this ASIN" });
  }
  return result;
}
