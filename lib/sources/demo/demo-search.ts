import { marketplaces, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { demoCatalog } from "@/lib/sources/demo/demo-catalog";
import type { Candidate } from "@/lib/sources/types";

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

// The simulated search (no APIFY_TOKEN): catalogue products of the marketplace whose title or
// category matches the keyword, then a few generated sellers for that keyword, all ordered
// deterministically. `day` shifts the generated ones so a scheduled search sees new entrants.
export function demoSearch({ marketplace, keyword, day = 0 }: { marketplace: MarketplaceCode; keyword: string; day?: number }): Candidate[] {
  const words = keyword.toLowerCase().split(/\s+/).filter(Boolean);
  const currency = marketplaces[marketplace].currency;
  const matches = demoCatalog.filter(
    (p) => p.marketplace === marketplace && words.some((w) => `${p.title} ${p.categoryPath.join(" ")} ${p.category}`.toLowerCase().includes(w)),
  );
  const fromCatalog = matches.map((p) => ({ asin: p.asin, title: p.title, brand: p.brand, price: p.basePrice, bsr: p.baseBsr, rating: p.baseRating, reviewCount: p.baseReviewCount }));
  const generated = [0, 1, 2].map((i) => {
    const h = hash(`${marketplace}:${keyword.toLowerCase()}:${day + i}`);
    return {
      asin: `B0S${h.toString(36).toUpperCase().padStart(7, "0").slice(0, 7)}`,
      title: `${["Novo", "Kestrel", "Lumio"][h % 3]} ${keyword} ${["Pro", "Lite", "Max"][(h >>> 3) % 3]}`,
      brand: ["Novo", "Kestrel", "Lumio"][h % 3]!,
      price: Math.round((15 + (h % 6000) / 100) * 100) / 100,
      bsr: 2000 + (h % 40000),
      rating: Math.round((3.6 + ((h >>> 5) % 13) / 10) * 10) / 10,
      reviewCount: (h >>> 7) % 3000,
    };
  });
  return [...fromCatalog, ...generated]
    .sort((a, b) => hash(`${keyword}:${a.asin}`) - hash(`${keyword}:${b.asin}`))
    .map((c, i) => ({ ...c, marketplace, position: i + 1, imageUrl: null, currency }));
}
