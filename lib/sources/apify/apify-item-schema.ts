import { z } from "zod";

// One dataset item of the Apify actor `junglee/amazon-crawler`. The actor's output is not
// formally documented and its fields regress now and then, so the schema is strict only
// where a wrong value would corrupt history (price, ranks, stars) and loose elsewhere.
// Missing values come as `null`, `""` or an absent key, depending on the field and the
// actor's version: all three are accepted. Unknown keys are accepted and dropped (plain
// z.object strips them), as the actor adds fields over time: nothing downstream reads them,
// and copying them (looseObject) made validation the slowest step of a large crawl.

/** `{ value: 13.97, currency: "$" }`: the currency is the page's symbol, not an ISO code. */
const apifyMoneySchema = z.object({
  value: z.number().finite().nonnegative().nullable(),
  currency: z.string().nullish(),
});

/** Root category first, sub-categories after; empty when Amazon shows no ranks. */
const apifyBestsellerRankSchema = z.object({
  rank: z.number().int().positive(),
  category: z.string(),
});

const apifySellerSchema = z.object({
  id: z.string().nullish(),
  name: z.string().nullish(),
  url: z.string().nullish(),
});

export const apifyProductItemSchema = z.object({
  // An item without a title is no product page; a blocked page that lost its title is still
  // recognised by its text (classify-apify-item).
  title: z.string().trim().min(1, "must be a non-empty string"),
  url: z.string().nullish(),
  asin: z.string().nullish(),
  /** The ASIN that was asked for; `asin` can be a parent or sibling variant. */
  originalAsin: z.string().nullish(),
  price: apifyMoneySchema.nullish(),
  listPrice: apifyMoneySchema.nullish(),
  shippingPrice: apifyMoneySchema.nullish(),
  inStock: z.boolean().nullish(),
  inStockText: z.string().nullish(),
  brand: z.string().nullish(),
  stars: z.number().min(0).max(5).nullish(),
  reviewsCount: z.number().int().nonnegative().nullish(),
  // A single "›"-joined string in every sample seen; an array is accepted in case a
  // version ever emits the crumbs unjoined.
  breadCrumbs: z.union([z.string(), z.array(z.string())]).nullish(),
  thumbnailImage: z.string().nullish(),
  galleryThumbnails: z.array(z.string()).nullish(),
  highResolutionImages: z.array(z.string()).nullish(),
  features: z.array(z.string()).nullish(),
  // Read for classifying the page (a robot check's wording often lands in `description`),
  // not stored. A value of an unexpected type is dropped rather than failing the item.
  description: z.string().nullish().catch(null),
  /** axesso's convention, copied by some actors: 200/"FOUND" on success. */
  statusCode: z.union([z.number(), z.string()]).nullish().catch(null),
  statusMessage: z.string().nullish().catch(null),
  seller: apifySellerSchema.nullish(),
  bestsellerRanks: z.array(apifyBestsellerRankSchema).nullish(),
  /** Country of the storefront actually loaded ("US", "GB", "DE", "JP"). */
  loadedCountryCode: z.string().nullish(),
});

/**
 * The actor's record for a page it could not read ("Product page not found (404)").
 * `errorInfo` is the older Apify crawler convention for the same thing.
 */
const apifyErrorItemSchema = z.object({
  error: z.unknown().optional(),
  errorInfo: z.unknown().optional(),
  originalAsin: z.string().nullish(),
  asin: z.string().nullish(),
  url: z.string().nullish(),
});

/** Any item the actor emits. Prefer `parseApifyItem`, which reports which kind failed and why. */
export const apifyItemSchema = z.union([apifyErrorItemSchema.extend({ error: z.union([z.string().min(1), z.object({})]) }), apifyProductItemSchema]);

/** Just enough of any item to tell which asked ASIN it belongs to, before validating it. */
export const apifyItemIdentitySchema = z.object({
  originalAsin: z.unknown().optional(),
  asin: z.unknown().optional(),
  error: z.unknown().optional(),
  errorInfo: z.unknown().optional(),
  statusCode: z.unknown().optional(),
  statusMessage: z.unknown().optional(),
});

export type ApifyMoney = z.infer<typeof apifyMoneySchema>;
export type ApifyProductItem = z.infer<typeof apifyProductItemSchema>;

export type ParsedApifyItem =
  | { kind: "product"; item: ApifyProductItem }
  | { kind: "error"; message: string }
  | { kind: "invalid"; message: string };

export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "" && value !== false;
}

export function describeError(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Formats zod issues as "price.value: Invalid input: expected number, received string". */
export function formatItemIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "item"}: ${issue.message}`)
    .join("; ");
}

/**
 * Tells a product item from an error record or something unusable, without asking what page
 * the product item shows: for product pages `classifyApifyItem` also recognises robot checks,
 * sign-in walls and not-found pages.
 */
export function parseApifyItem(raw: unknown): ParsedApifyItem {
  const identity = apifyItemIdentitySchema.safeParse(raw);
  if (!identity.success) return { kind: "invalid", message: formatItemIssues(identity.error) };

  const { error, errorInfo } = identity.data;
  if (isPresent(error) || isPresent(errorInfo)) {
    return { kind: "error", message: describeError(isPresent(error) ? error : errorInfo) };
  }

  const product = apifyProductItemSchema.safeParse(raw);
  if (!product.success) return { kind: "invalid", message: formatItemIssues(product.error) };
  return { kind: "product", item: product.data };
}

/** The asked ASIN an item answers: `originalAsin`, else `asin` (older items lack the former). */
export function itemAskedAsin(raw: unknown): string | null {
  const identity = apifyItemIdentitySchema.safeParse(raw);
  if (!identity.success) return null;
  const { originalAsin, asin } = identity.data;
  const candidate = typeof originalAsin === "string" && originalAsin.trim() !== "" ? originalAsin : asin;
  return typeof candidate === "string" && candidate.trim() !== "" ? candidate.trim().toUpperCase() : null;
}
