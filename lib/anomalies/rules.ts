import { listingChanges } from "@/lib/anomalies/rules-listing";
import { bsrChange, buyBoxPriceChange, priceChange, ratingDrop, reviewCountDrop, sellerChange, stockChange } from "@/lib/anomalies/rules-metrics";
import type { Thresholds } from "@/lib/anomalies/thresholds";
import type { DetectedChange, ReadingPair } from "@/lib/anomalies/types";

// The rules, pure: one product's new good reading against its previous good reading.
// Severity per kind (own = a product the workspace sells, competitor = one it watches):
//
// | kind                  | own                        | competitor                  |
// | price_change          | warning                    | info; warning at 2× threshold |
// | buy_box_price_change  | warning                    | info; warning at 2× threshold |
// | bsr_change            | worse: warning, better: info | info                      |
// | rating_drop           | warning                    | warning                     |
// | review_count_drop     | warning                    | info                        |
// | out_of_stock          | critical                   | warning                     |
// | back_in_stock         | info                       | info                        |
// | buy_box_seller_change | critical (possible hijacker) | info                      |
// | title/bullets/images  | warning                    | info                        |
// | brand_change          | critical                   | warning                     |
export function evaluatePair(pair: ReadingPair, thresholds: Thresholds): DetectedChange[] {
  const found = [
    priceChange(pair, thresholds),
    buyBoxPriceChange(pair, thresholds),
    bsrChange(pair, thresholds),
    ratingDrop(pair, thresholds),
    reviewCountDrop(pair),
    stockChange(pair),
    sellerChange(pair),
  ].filter((c): c is DetectedChange => c !== null);
  return [...found, ...listingChanges(pair)];
}
