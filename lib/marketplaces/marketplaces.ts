import type { Marketplace } from "@/lib/generated/prisma/enums";
// Amazon marketplaces ASIN Radar can track. The code is ours (stored with each product);
// the currency is the ISO code prices are stored in: Apify reports the page's symbol
// ("$", "£", "￥"), which is ambiguous, so the currency always comes from the marketplace.
export const marketplaces = {
  US: { domain: "amazon.com", currency: "USD", country: "US" },
  CA: { domain: "amazon.ca", currency: "CAD", country: "CA" },
  MX: { domain: "amazon.com.mx", currency: "MXN", country: "MX" },
  BR: { domain: "amazon.com.br", currency: "BRL", country: "BR" },
  UK: { domain: "amazon.co.uk", currency: "GBP", country: "GB" },
  DE: { domain: "amazon.de", currency: "EUR", country: "DE" },
  FR: { domain: "amazon.fr", currency: "EUR", country: "FR" },
  IT: { domain: "amazon.it", currency: "EUR", country: "IT" },
  ES: { domain: "amazon.es", currency: "EUR", country: "ES" },
  NL: { domain: "amazon.nl", currency: "EUR", country: "NL" },
  SE: { domain: "amazon.se", currency: "SEK", country: "SE" },
  PL: { domain: "amazon.pl", currency: "PLN", country: "PL" },
  BE: { domain: "amazon.com.be", currency: "EUR", country: "BE" },
  TR: { domain: "amazon.com.tr", currency: "TRY", country: "TR" },
  AE: { domain: "amazon.ae", currency: "AED", country: "AE" },
  SA: { domain: "amazon.sa", currency: "SAR", country: "SA" },
  EG: { domain: "amazon.eg", currency: "EGP", country: "EG" },
  IN: { domain: "amazon.in", currency: "INR", country: "IN" },
  JP: { domain: "amazon.co.jp", currency: "JPY", country: "JP" },
  AU: { domain: "amazon.com.au", currency: "AUD", country: "AU" },
  SG: { domain: "amazon.sg", currency: "SGD", country: "SG" },
} as const;

export type MarketplaceCode = keyof typeof marketplaces;

// The database's Marketplace enum holds exactly these codes: a code added here and not there
// (or the reverse) fails the type check instead of failing an insert.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameCodes: Same<MarketplaceCode, Marketplace> = true;
void sameCodes;
export const marketplaceCodes = Object.keys(marketplaces) as MarketplaceCode[];

export function isMarketplaceCode(value: unknown): value is MarketplaceCode {
  return typeof value === "string" && value in marketplaces;
}

/** "amazon.co.uk", "www.amazon.co.uk", "smile.amazon.co.uk" → "UK". */
export function marketplaceForHost(host: string): MarketplaceCode | undefined {
  const h = host.toLowerCase().replace(/\.$/, "");
  return marketplaceCodes.find((code) => {
    const domain = marketplaces[code].domain;
    return h === domain || h.endsWith(`.${domain}`);
  });
}

export function productUrl(marketplace: MarketplaceCode, asin: string): string {
  return `https://www.${marketplaces[marketplace].domain}/dp/${asin}`;
}
