import { z } from "zod";
import { marketplaces, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { type AmazonPage, isStorefrontName, pageForText, pageForTitle, pageForUrl, storefrontOnly } from "@/lib/sources/apify/amazon-page-markers";
import {
  type ApifyProductItem,
  apifyItemIdentitySchema,
  apifyProductItemSchema,
  describeError,
  formatItemIssues,
  isPresent,
} from "@/lib/sources/apify/apify-item-schema";

// Decides what one dataset item is before it may become a reading. The actor hands back
// whatever page Amazon served: a robot check, a sign-in wall or a 404 arrives as an item with
// a title and nothing else, and stored as a reading it would blank the product's latest state
// and fire alerts about prices and ranks that never changed.

export type ApifyItemClass =
  | { kind: "product"; item: ApifyProductItem }
  | { kind: "blocked" | "not_found" | "invalid"; detail: string };

export type ClassifyApifyItemOptions = { marketplace: MarketplaceCode };

type Failure = Exclude<ApifyItemClass, { kind: "product" }>;

const blockedStatus = /\b(?:403|429|503)\b|blocked|captcha|robot|access denied|forbidden|too many requests|rate limit|service unavailable/i;
const notFoundStatus = /\b(?:404|410)\b|not[ _-]?found|does not exist|no longer exists|could not find/i;
const successMessage = /^(?:found|ok|success)$/i;

function clip(text: string, length = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/**
 * An error record, or an item whose status says the actor could not read the page. A
 * not-found is only claimed when the message says so: anything else the page could not be
 * read for is "blocked", to be retried, rather than a product declared gone.
 */
function errorItem(message: string): Failure {
  const detail = `Apify error item: ${clip(message)}`;
  if (blockedStatus.test(message)) return { kind: "blocked", detail };
  if (notFoundStatus.test(message)) return { kind: "not_found", detail };
  return { kind: "blocked", detail };
}

/** "HTTP 503 (Service Unavailable)" for an item whose status is not a success; null when it is. */
function failedStatus(code: unknown, message: unknown): string | null {
  const text = typeof message === "string" && message.trim() !== "" ? message.trim() : null;
  if (typeof code === "number" || (typeof code === "string" && code.trim() !== "")) {
    const number = Number(code);
    if (number >= 200 && number < 300) return null;
    return text ? `HTTP ${code} (${text})` : `HTTP ${code}`;
  }
  if (text === null || successMessage.test(text)) return null;
  return text;
}

/** The text fields of any item, validated or not, that a non-product page shows itself in. */
const pageTextSchema = z.object({
  title: z.unknown().optional(),
  url: z.unknown().optional(),
  description: z.unknown().optional(),
  features: z.unknown().optional(),
  inStockText: z.unknown().optional(),
});
type PageText = z.infer<typeof pageTextSchema>;

/** Amazon shows a captcha in the first lines; a long bullet list need not be read to the end. */
const featuresScanned = 5;

function pageFailure(page: AmazonPage, evidence: string): Failure {
  return { kind: page.kind, detail: `${page.page} (${evidence})` };
}

function recognisePage({ title, url, description, features, inStockText }: PageText): Failure | null {
  if (typeof url === "string") {
    const found = pageForUrl(url);
    if (found) return pageFailure(found.page, `url has "${found.part}"`);
  }
  if (typeof title === "string") {
    const page = pageForTitle(title);
    if (page) return pageFailure(page, `title "${clip(title, 80)}"`);
  }
  const texts: Array<[string, unknown]> = [["title", title], ["description", description], ["inStockText", inStockText]];
  if (Array.isArray(features)) for (const feature of features.slice(0, featuresScanned)) texts.push(["features", feature]);
  for (const [field, text] of texts) {
    if (typeof text !== "string" || text === "") continue;
    const found = pageForText(text);
    if (found) return pageFailure(found.page, `${field}: "${found.phrase}"`);
  }
  if (typeof title === "string" && isStorefrontName(title)) return pageFailure(storefrontOnly, `title "${clip(title, 80)}"`);
  return null;
}

/**
 * Amazon's robot-check, sign-in and error pages carry no price, rank, rating or review
 * count, so a page showing any of them is a product page and its text need not be read:
 * which is also what keeps classifying a million-item crawl cheap.
 */
function hasProductData(item: ApifyProductItem): boolean {
  return (
    (item.price?.value ?? null) !== null ||
    (item.bestsellerRanks?.length ?? 0) > 0 ||
    Boolean(item.stars) ||
    Boolean(item.reviewsCount)
  );
}

/** Classifies one raw dataset item: a product to read, or why it cannot become a reading. */
export function classifyApifyItem(raw: unknown, { marketplace }: ClassifyApifyItemOptions): ApifyItemClass {
  const identity = apifyItemIdentitySchema.safeParse(raw);
  if (!identity.success) return { kind: "invalid", detail: formatItemIssues(identity.error) };

  const { error, errorInfo, statusCode, statusMessage } = identity.data;
  if (isPresent(error) || isPresent(errorInfo)) return errorItem(describeError(isPresent(error) ? error : errorInfo));
  const status = failedStatus(statusCode, statusMessage);
  if (status !== null) return errorItem(status);

  const product = apifyProductItemSchema.safeParse(raw);
  if (!product.success) {
    // A blocked page can come back without a title, which fails the schema: say what it was.
    const text = pageTextSchema.safeParse(raw);
    const page = text.success ? recognisePage(text.data) : null;
    return page ?? { kind: "invalid", detail: formatItemIssues(product.error) };
  }

  const item = product.data;
  if (!hasProductData(item)) {
    const page = recognisePage(item);
    if (page) return page;
  }

  const expectedCountry = marketplaces[marketplace].country;
  if (item.loadedCountryCode && item.loadedCountryCode.toUpperCase() !== expectedCountry) {
    // Amazon can redirect to another storefront; its prices are in another currency.
    return { kind: "invalid", detail: `loadedCountryCode: expected ${expectedCountry}, got ${item.loadedCountryCode}` };
  }
  return { kind: "product", item };
}
