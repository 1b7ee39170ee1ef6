import { isAsin } from "@/lib/marketplaces/asin";
import { type MarketplaceCode, marketplaceForHost } from "@/lib/marketplaces/marketplaces";

// Turns what a seller types or pastes (an ASIN or an Amazon product URL) into the
// (asin, marketplace) pair a product is tracked by. Pure: short links are never followed.

export type ProductReferenceError =
  | "empty"
  | "invalid_asin"
  | "marketplace_required"
  | "invalid_url"
  | "not_amazon_url"
  | "unknown_marketplace"
  | "no_asin_in_url"
  | "short_link_without_asin";

export type ParsedProductReference =
  | { ok: true; asin: string; marketplace: MarketplaceCode }
  | { ok: false; error: ProductReferenceError };

// Path segment sequences that are followed by the ASIN, across current and legacy URL forms.
const asinMarkers: string[][] = [
  ["dp", "product"],
  ["dp"],
  ["gp", "product"],
  ["gp", "aw", "d"],
  ["gp", "offer-listing"],
  ["product-reviews"],
  ["exec", "obidos", "asin"],
  ["exec", "obidos", "tg", "detail", "-"],
  ["o", "asin"],
  ["o"],
];

// Redirect hosts. Their codes are opaque and we never follow them, so they are accepted
// only when an ASIN is spelled out in the URL. Only amzn.com is tied to one marketplace;
// the others can lead anywhere, so the default marketplace applies.
const shortLinkHosts = new Map<string, MarketplaceCode | undefined>([
  ["amzn.to", undefined],
  ["amzn.eu", undefined],
  ["amzn.asia", undefined],
  ["a.co", undefined],
  ["amzn.com", "US"],
]);

const amazonLikeHost = /(?:^|\.)amazon\.[a-z]{2,3}(?:\.[a-z]{2})?$/;

export function parseProductReference(
  text: string,
  defaultMarketplace?: MarketplaceCode,
): ParsedProductReference {
  const input = unwrap(text);
  if (input === "") return { ok: false, error: "empty" };

  if (!looksLikeUrl(input)) {
    const asin = input.toUpperCase();
    if (!isAsin(asin)) return { ok: false, error: "invalid_asin" };
    if (!defaultMarketplace) return { ok: false, error: "marketplace_required" };
    return { ok: true, asin, marketplace: defaultMarketplace };
  }

  const url = toUrl(input);
  if (!url) return { ok: false, error: "invalid_url" };
  const host = url.hostname.toLowerCase().replace(/\.$/, "").replace(/^www\./, "");

  if (shortLinkHosts.has(host)) return parseShortLink(url, shortLinkHosts.get(host) ?? defaultMarketplace);

  const marketplace = marketplaceForHost(host);
  if (!marketplace) {
    return { ok: false, error: amazonLikeHost.test(host) ? "unknown_marketplace" : "not_amazon_url" };
  }

  const found = findAsinInPath(url.pathname) ?? findAsinInQuery(url);
  if (!found) return { ok: false, error: "no_asin_in_url" };
  if (!isAsin(found)) return { ok: false, error: "invalid_asin" };
  return { ok: true, asin: found, marketplace };
}

function parseShortLink(url: URL, marketplace?: MarketplaceCode): ParsedProductReference {
  // Short codes are case-sensitive random strings ("a.co/d/4xZq9Bk"), so only an exact,
  // already-uppercase ASIN segment counts; upper-casing a code could invent one.
  const segments = pathSegments(url.pathname);
  const marked = findAsinInPath(url.pathname, false);
  const asin = marked && isAsin(marked) ? marked : segments.find((s) => isAsin(s));
  if (!asin) return { ok: false, error: "short_link_without_asin" };
  if (!marketplace) return { ok: false, error: "marketplace_required" };
  return { ok: true, asin, marketplace };
}

/** The segment after a known marker, upper-cased unless `normalise` is false; undefined if no marker. */
function findAsinInPath(pathname: string, normalise = true): string | undefined {
  const segments = pathSegments(pathname);
  const lower = segments.map((s) => s.toLowerCase());
  for (let i = 0; i < segments.length; i++) {
    for (const marker of asinMarkers) {
      const candidate = segments[i + marker.length];
      if (candidate === undefined || !marker.every((m, j) => lower[i + j] === m)) continue;
      // "/o/ASIN" alone is the marker of "/o/ASIN/<asin>", not an ASIN.
      if (marker.length === 1 && marker[0] === "o" && candidate.toLowerCase() === "asin") continue;
      const token = leadingToken(candidate);
      return normalise ? token.toUpperCase() : token;
    }
  }
  return undefined;
}

function findAsinInQuery(url: URL): string | undefined {
  for (const [key, value] of url.searchParams) {
    if (key.toLowerCase() === "asin" && value.trim() !== "") return value.trim().toUpperCase();
  }
  return undefined;
}

// "B0C1234567,US" or "B0C1234567%20" after a careless paste: the ASIN is the leading run
// of letters and digits.
function leadingToken(segment: string): string {
  const match = /^[A-Za-z0-9]+/.exec(segment);
  return match ? match[0] : segment;
}

function pathSegments(pathname: string): string[] {
  return pathname
    .split("/")
    .filter((s) => s !== "")
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

function looksLikeUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || input.includes("/") || input.includes(".");
}

function toUrl(input: string): URL | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input.replace(/^\/+/, "")}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

// Pasted references often come wrapped in quotes or angle brackets (mail clients, chat).
function unwrap(text: string): string {
  return text
    .trim()
    .replace(/^[<"'“‘]+|[>"'”’]+$/g, "")
    .trim();
}
