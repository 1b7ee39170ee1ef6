import { z } from "zod";
import { type AnomalyKind, Severity } from "@/lib/generated/prisma/enums";
import { marketplaceCodes, marketplaces } from "@/lib/marketplaces/marketplaces";

// The webhook contract, version 1: one event per anomaly (plus "test.ping"), described once
// here. docs/webhook-v1.schema.json is generated from these schemas (npm run
// docs:webhook-schema) and a test fails when the committed file is stale. Field names are
// snake_case; every value of a kind has one fixed unit.

const currencyCodes = [...new Set(Object.values(marketplaces).map((m) => m.currency))] as [string, ...string[]];

const amount = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ id: "Amount", description: "A decimal amount in the event's `currency`, rounded to its minor unit (\"19.99\", JPY \"1980\"). A string, so no precision is lost." });
const percent = z.number().meta({ id: "Percent", description: "A percentage with at most 2 decimals: -20.01 means −20.01 %." });
const whole = z.number().int();
const text = z.string().nullable();

const workspace = z.object({ id: z.string(), name: z.string() }).meta({ id: "Workspace" });
const product = z.object({
  id: z.string(),
  asin: z.string().regex(/^[A-Z0-9]{10}$/),
  marketplace: z.enum(marketplaceCodes),
  title: text,
  url: z.url().meta({ description: "The product page on the marketplace's Amazon site." }),
  app_url: z.url().meta({ description: "The product in ASIN Radar at the moment of the change (signs in and switches to the workspace if needed)." }),
}).meta({ id: "Product" });
const group = z
  .object({ id: z.string().nullable().meta({ description: "Null once the group was deleted." }), name: z.string(), main_asin: z.string() })
  .meta({ id: "Group", description: "For competitor_* kinds: the competitor group; the event's product is the competitor." });

const envelope = {
  version: z.literal(1),
  id: z.string().regex(/^evt_/).meta({ description: "Stable per event: a retry or redelivery carries the same id. De-duplicate on it." }),
  created: z.iso.datetime().meta({ description: "When the event was recorded (ISO 8601, UTC)." }),
  workspace,
};

const money = z.enum(currencyCodes).meta({ description: "ISO 4217 code of the marketplace's currency; amounts are in it." });
const noChange = z.null();

function anomalyEvent<K extends AnomalyKind>(
  kind: K,
  description: string,
  values: { money: boolean; group?: boolean; before: z.ZodType; after: z.ZodType; change: z.ZodType },
) {
  return z
    .object({
      ...envelope,
      type: z.literal(`anomaly.${kind}` as const),
      detected_at: z.iso.datetime().meta({ description: "The time of the reading that showed the change." }),
      severity: z.enum(Object.values(Severity)),
      product,
      group: values.group ? group : z.null(),
      currency: values.money ? money : z.null(),
      before: values.before,
      after: values.after,
      change: values.change,
      reason: z.string().meta({ description: "One English sentence explaining the alert." }),
    })
    .meta({ id: `anomaly.${kind}`, title: `anomaly.${kind}`, description });
}

const price = z.object({ price: amount });
const priceChange = z.object({ amount: amount.meta({ description: "after − before" }), percent });
const rank = z.object({ rank: whole.meta({ description: "Best Sellers Rank (lower is better)" }), category: text });
const sellers = z.object({ seller_id: text, seller_name: text });
const listDiff = z.object({ added: whole, removed: whole });
const rankPair = z.object({ rank: whole, main_rank: whole });

/** One schema per kind, keyed by kind: a kind added to the enum and not here fails the type check. */
const anomalyEventSchemas = {
  price_change: anomalyEvent("price_change", "The listing price moved beyond the threshold.", {
    money: true,
    before: price,
    after: price,
    change: priceChange,
  }),
  buy_box_price_change: anomalyEvent("buy_box_price_change", "The buy box price moved beyond the threshold.", {
    money: true,
    before: price,
    after: price,
    change: priceChange,
  }),
  bsr_change: anomalyEvent("bsr_change", "The Best Sellers Rank moved beyond the threshold (a larger number is worse).", {
    money: false,
    before: rank,
    after: rank,
    change: z.object({ rank: whole.meta({ description: "after − before: positive = worse" }), percent }),
  }),
  rating_drop: anomalyEvent("rating_drop", "The star rating fell by at least the threshold.", {
    money: false,
    before: z.object({ rating: z.number() }),
    after: z.object({ rating: z.number() }),
    change: z.object({ stars: z.number().meta({ description: "after − before in stars, 2 decimals (negative)" }) }),
  }),
  review_count_drop: anomalyEvent("review_count_drop", "Reviews were removed.", {
    money: false,
    before: z.object({ reviews: whole }),
    after: z.object({ reviews: whole }),
    change: z.object({ reviews: whole.meta({ description: "after − before (negative)" }) }),
  }),
  out_of_stock: anomalyEvent("out_of_stock", "The product went out of stock.", {
    money: true,
    before: z.object({ in_stock: z.literal(true), availability: text, price: amount.nullable() }),
    after: z.object({ in_stock: z.literal(false), availability: text }),
    change: noChange,
  }),
  back_in_stock: anomalyEvent("back_in_stock", "The product is back in stock.", {
    money: true,
    before: z.object({ in_stock: z.literal(false), availability: text }),
    after: z.object({ in_stock: z.literal(true), availability: text, price: amount.nullable() }),
    change: noChange,
  }),
  buy_box_seller_change: anomalyEvent("buy_box_seller_change", "Another seller holds the buy box (critical on your own product: possible hijacker).", {
    money: false,
    before: sellers,
    after: sellers,
    change: noChange,
  }),
  title_change: anomalyEvent("title_change", "The listing title changed.", { money: false, before: z.object({ title: text }), after: z.object({ title: text }), change: noChange }),
  bullets_change: anomalyEvent("bullets_change", "The bullet points changed.", {
    money: false,
    before: z.object({ bullets: z.array(z.string()) }),
    after: z.object({ bullets: z.array(z.string()) }),
    change: listDiff,
  }),
  images_change: anomalyEvent("images_change", "The images changed.", {
    money: false,
    before: z.object({ images: z.array(z.string()) }),
    after: z.object({ images: z.array(z.string()) }),
    change: listDiff,
  }),
  brand_change: anomalyEvent("brand_change", "The brand changed.", { money: false, before: z.object({ brand: text }), after: z.object({ brand: text }), change: noChange }),
  competitor_undercut: anomalyEvent("competitor_undercut", "A competitor's price fell below the group's main product by the threshold.", {
    money: true,
    group: true,
    before: z.object({ price: amount.nullable(), main_price: amount.nullable() }),
    after: z.object({ price: amount, main_price: amount }),
    change: z.object({ amount: amount.meta({ description: "competitor − main product, now" }), percent }),
  }),
  competitor_bsr_overtake: anomalyEvent("competitor_bsr_overtake", "A competitor's rank passed the group's main product.", {
    money: false,
    group: true,
    before: rankPair,
    after: rankPair,
    change: noChange,
  }),
  competitor_review_surge: anomalyEvent("competitor_review_surge", "A competitor gained many reviews in about a week (before = the reading a week earlier).", {
    money: false,
    group: true,
    before: z.object({ reviews: whole }),
    after: z.object({ reviews: whole }),
    change: z.object({ reviews: whole.meta({ description: "reviews gained" }) }),
  }),
} satisfies { [K in AnomalyKind]: ReturnType<typeof anomalyEvent<K>> };

export const testEventSchema = z
  .object({
    ...envelope,
    type: z.literal("test.ping"),
    webhook: z.object({ id: z.string(), url: z.url() }),
    message: z.string(),
  })
  .meta({ id: "test.ping", title: "test.ping", description: "Sent by \"Send test\" in Settings → Webhooks; no alert behind it." });

export const webhookEventSchema = z
  // Object.values loses the non-empty tuple type discriminatedUnion asks for; it has 16 members.
  .discriminatedUnion("type", [...Object.values(anomalyEventSchemas), testEventSchema] as unknown as [typeof testEventSchema, ...Array<typeof testEventSchema>])
  .meta({ title: "ASIN Radar webhook event, version 1", description: "The JSON body of every webhook request. See docs/webhooks.md." });

export type AnomalyWebhookEvent = z.output<(typeof anomalyEventSchemas)[AnomalyKind]>;
export type TestWebhookEvent = z.output<typeof testEventSchema>;
export type WebhookEvent = AnomalyWebhookEvent | TestWebhookEvent;

/** Every event type a receiver can get, for the docs and the delivery header. */
export const webhookEventTypes = [...Object.keys(anomalyEventSchemas).map((k) => `anomaly.${k}`), "test.ping"];
