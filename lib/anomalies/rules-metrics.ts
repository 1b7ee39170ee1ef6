import type { Thresholds } from "@/lib/anomalies/thresholds";
import type { DetectedChange, ReadingPair } from "@/lib/anomalies/types";
import { formatCount, formatMoney, formatPercent, formatStars } from "@/lib/anomalies/format-values";

// Float noise must not decide whether exactly 10 % is "beyond 10 %".
const EPS = 1e-9;
const relative = (before: number, after: number) => (after - before) / before;
const pct = (thresholdPercent: number) => thresholdPercent / 100;

// A price only means something while the product is buyable: going out of stock makes the
// price disappear, which is the stock event, never a price change. Coming back in stock is
// likewise not compared with the last in-stock price (that reading is often days old and a
// relisted price is not a "move"); back_in_stock carries the new price instead.
const buyable = (r: ReadingPair["current"]) => r.inStock !== false;

export function priceChange({ previous: a, current: b, productKind }: ReadingPair, t: Thresholds): DetectedChange | null {
  if (!buyable(a) || !buyable(b) || a.price === null || b.price === null || a.price <= 0 || a.currency !== b.currency) return null;
  const change = relative(a.price, b.price);
  if (Math.abs(change) + EPS < pct(t.priceChangePercent)) return null;
  // Twice the threshold, or any move of an own product's price (someone changed it), warns.
  const severity = Math.abs(change) >= 2 * pct(t.priceChangePercent) || productKind === "own" ? "warning" : "info";
  return {
    kind: "price_change",
    severity,
    before: a.price,
    after: b.price,
    change,
    reason: {
      key: "price_change",
      values: {
        direction: change > 0 ? "up" : "down",
        percent: formatPercent(change),
        before: formatMoney(a.price, a.currency),
        after: formatMoney(b.price, b.currency),
        threshold: formatPercent(pct(t.priceChangePercent)),
      },
    },
  };
}

export function buyBoxPriceChange({ previous: a, current: b, productKind }: ReadingPair, t: Thresholds): DetectedChange | null {
  if (!buyable(a) || !buyable(b)) return null;
  const x = a.buyBoxPrice;
  const y = b.buyBoxPrice;
  if (x === null || y === null || x <= 0 || a.currency !== b.currency) return null;
  // When the buy box shows the listing price on both readings (what the Apify actor
  // reports), the move is already the price_change: one change, one alert.
  if (x === a.price && y === b.price) return null;
  const change = relative(x, y);
  if (Math.abs(change) + EPS < pct(t.buyBoxPriceChangePercent)) return null;
  const severity = Math.abs(change) >= 2 * pct(t.buyBoxPriceChangePercent) || productKind === "own" ? "warning" : "info";
  return {
    kind: "buy_box_price_change",
    severity,
    before: x,
    after: y,
    change,
    reason: {
      key: "buy_box_price_change",
      values: {
        direction: change > 0 ? "up" : "down",
        percent: formatPercent(change),
        before: formatMoney(x, a.currency),
        after: formatMoney(y, b.currency),
        threshold: formatPercent(pct(t.buyBoxPriceChangePercent)),
      },
    },
  };
}

export function bsrChange({ previous: a, current: b, productKind }: ReadingPair, t: Thresholds): DetectedChange | null {
  // Ranks in different root categories are not comparable.
  if (a.bsr === null || b.bsr === null || a.bsr <= 0 || (a.bsrCategory ?? "") !== (b.bsrCategory ?? "")) return null;
  const change = relative(a.bsr, b.bsr);
  if (Math.abs(change) + EPS < pct(t.bsrChangePercent)) return null;
  // A larger rank number is a worse rank: worsening warns, improvement informs.
  const worse = change > 0;
  return {
    kind: "bsr_change",
    severity: worse ? (productKind === "own" ? "warning" : "info") : "info",
    before: a.bsr,
    after: b.bsr,
    change,
    reason: {
      key: "bsr_change",
      values: {
        category: b.bsrCategory ?? "",
        direction: worse ? "worse" : "better",
        percent: formatPercent(change),
        before: formatCount(a.bsr),
        after: formatCount(b.bsr),
        threshold: formatPercent(pct(t.bsrChangePercent)),
      },
    },
  };
}

export function ratingDrop({ previous: a, current: b }: ReadingPair, t: Thresholds): DetectedChange | null {
  if (a.rating === null || b.rating === null) return null;
  const drop = Math.round((a.rating - b.rating) * 100) / 100;
  if (drop + EPS < t.ratingDrop) return null;
  return {
    kind: "rating_drop",
    severity: "warning",
    before: a.rating,
    after: b.rating,
    change: -drop,
    reason: { key: "rating_drop", values: { before: formatStars(a.rating), after: formatStars(b.rating), threshold: formatStars(t.ratingDrop) } },
  };
}

export function reviewCountDrop({ previous: a, current: b, productKind }: ReadingPair): DetectedChange | null {
  if (a.reviewCount === null || b.reviewCount === null || b.reviewCount >= a.reviewCount) return null;
  const removed = a.reviewCount - b.reviewCount;
  return {
    kind: "review_count_drop",
    severity: productKind === "own" ? "warning" : "info",
    before: a.reviewCount,
    after: b.reviewCount,
    change: -removed,
    reason: { key: "review_count_drop", values: { before: formatCount(a.reviewCount), after: formatCount(b.reviewCount), removed: formatCount(removed) } },
  };
}

export function stockChange({ previous: a, current: b, productKind }: ReadingPair): DetectedChange | null {
  // Unknown availability (null) on either side says nothing about a change.
  if (a.inStock === true && b.inStock === false) {
    return {
      kind: "out_of_stock",
      severity: productKind === "own" ? "critical" : "warning",
      before: { inStock: true, availability: a.availabilityText, price: a.price },
      after: { inStock: false, availability: b.availabilityText },
      change: null,
      reason: b.availabilityText
        ? { key: "out_of_stock", values: { availability: b.availabilityText } }
        : { key: "out_of_stock_plain", values: {} },
    };
  }
  if (a.inStock === false && b.inStock === true) {
    return {
      kind: "back_in_stock",
      severity: "info",
      before: { inStock: false, availability: a.availabilityText },
      after: { inStock: true, availability: b.availabilityText, price: b.price },
      change: null,
      reason: { key: "back_in_stock", values: {} },
    };
  }
  return null;
}

export function sellerChange({ previous: a, current: b, productKind }: ReadingPair): DetectedChange | null {
  // Only a hand-over between two known sellers: a buy box that disappears (out of stock,
  // suppressed) is not a new seller taking it.
  const same = a.buyBoxSellerId && b.buyBoxSellerId ? a.buyBoxSellerId === b.buyBoxSellerId : a.buyBoxSellerName === b.buyBoxSellerName;
  if (same || !(a.buyBoxSellerId || a.buyBoxSellerName) || !(b.buyBoxSellerId || b.buyBoxSellerName)) return null;
  const name = (r: typeof a) => r.buyBoxSellerName ?? r.buyBoxSellerId ?? "";
  const hijack = productKind === "own";
  return {
    kind: "buy_box_seller_change",
    severity: hijack ? "critical" : "info",
    before: { id: a.buyBoxSellerId, name: a.buyBoxSellerName },
    after: { id: b.buyBoxSellerId, name: b.buyBoxSellerName },
    change: null,
    reason: { key: hijack ? "buy_box_seller_change_hijack" : "buy_box_seller_change", values: { before: name(a), after: name(b) } },
  };
}
