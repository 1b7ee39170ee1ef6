import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { marketplaceSchema } from "@/lib/products/schemas";

// The product list's state lives in the URL (shareable, back-button friendly). This one
// schema reads it on the server page, in the route handler and in the browser.
const sortColumns = [
  "added",
  "title",
  "asin",
  "marketplace",
  "kind",
  "price",
  "buyBox",
  "bsr",
  "rating",
  "reviews",
  "stock",
  "freshness",
] as const;
export type SortColumn = (typeof sortColumns)[number];

export const pageSizes = [10, 25, 50, 100] as const;
const defaultPageSize = 25;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const listParamsSchema = z.object({
  sort: z.preprocess(blankToUndefined, z.enum(sortColumns).default("added")),
  dir: z.preprocess(blankToUndefined, z.enum(["asc", "desc"]).optional()),
  q: z.preprocess(blankToUndefined, plainText().trim().max(200).optional()),
  marketplace: z.preprocess(blankToUndefined, marketplaceSchema.optional()),
  kind: z.preprocess(blankToUndefined, z.enum(["own", "competitor"]).optional()),
  tag: z.preprocess(blankToUndefined, plainText().max(50).optional()),
  stock: z.preprocess(blankToUndefined, z.enum(["in", "out", "unknown"]).optional()),
  failing: z.preprocess(blankToUndefined, z.enum(["1"]).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  size: z.preprocess(
    blankToUndefined,
    z.coerce
      .number()
      .refine((n) => (pageSizes as readonly number[]).includes(n))
      .default(defaultPageSize),
  ),
});

export type ListParams = z.output<typeof listParamsSchema>;
type ListParamKey = keyof ListParams;

/** Newest first for "added", the natural reading order for everything else. */
export function defaultDirection(sort: SortColumn): "asc" | "desc" {
  return sort === "added" || sort === "rating" || sort === "reviews" || sort === "freshness" ? "desc" : "asc";
}

export function parseListParams(input: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries =
    input instanceof URLSearchParams
      ? Object.fromEntries(input.entries())
      : Object.fromEntries(Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return listParamsSchema.safeParse(entries);
}

/** The params as a canonical query string: defaults left out, keys in a fixed order. */
export function listParamsToQuery(params: Partial<ListParams>): string {
  const out = new URLSearchParams();
  for (const key of Object.keys(listParamsSchema.shape) as ListParamKey[]) {
    const value = params[key];
    if (value === undefined || value === "") continue;
    if (key === "sort" && value === "added") continue;
    if (key === "page" && value === 1) continue;
    if (key === "size" && value === defaultPageSize) continue;
    out.set(key, String(value));
  }
  return out.toString();
}
