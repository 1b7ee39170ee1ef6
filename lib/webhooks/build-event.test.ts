import fs from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { LoadedAnomaly } from "@/lib/alerts/load-deliveries";
import { evaluatePair } from "@/lib/anomalies/rules";
import { evaluateGroupPair, type GroupPair, type GroupReading } from "@/lib/anomalies/rules-group";
import { defaultThresholds } from "@/lib/anomalies/thresholds";
import type { DetectedChange, DetectionReading, ReadingPair } from "@/lib/anomalies/types";
import { AnomalyKind } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { buildTestEvent, buildWebhookEvent } from "@/lib/webhooks/build-event";
import { WEBHOOK_SCHEMA_FILE } from "@/lib/webhooks/webhook-json-schema";

// Every kind's event is built from what the real rules detect (lib/anomalies/rules*.ts) and
// checked against the committed JSON Schema with ajv, a validator independent of zod: what a
// receiver generating code from docs/webhook-v1.schema.json would accept.

const ajv = new Ajv2020({ allErrors: true, strict: true });
// ajv knows no formats without ajv-formats; zod's own checks stand in for the two used.
ajv.addFormat("date-time", (s: string) => z.iso.datetime().safeParse(s).success);
ajv.addFormat("uri", (s: string) => z.url().safeParse(s).success);
const validate = ajv.compile(JSON.parse(fs.readFileSync(WEBHOOK_SCHEMA_FILE, "utf8")));
const english = await loadMessages("en");
const appUrl = "https://radar.example.test";

const reading = (over: Partial<DetectionReading> = {}): DetectionReading => ({
  capturedAt: new Date("2026-11-10T06:00:00Z"),
  currency: "USD",
  price: 24.99,
  buyBoxPrice: 24.99,
  bsr: 1200,
  bsrCategory: "Kitchen & Dining",
  rating: 4.5,
  reviewCount: 1830,
  inStock: true,
  availabilityText: "In Stock",
  buyBoxSellerId: "A1ACME",
  buyBoxSellerName: "Acme Store",
  listingVersionId: "lv1",
  listing: { title: "Acme Steel Water Bottle 750 ml", brand: "Acme", bullets: ["Keeps cold 24 h", "BPA free"], images: ["https://m.media-amazon.com/images/I/a.jpg"] },
  ...over,
});

const pair = (previous: DetectionReading, current: DetectionReading, productKind: "own" | "competitor" = "own"): ReadingPair => ({
  productId: "p1",
  productKind,
  previous,
  current,
});

const groupReading = (over: Partial<GroupReading>): GroupReading => ({ capturedAt: new Date("2026-11-10T06:00:00Z"), currency: "USD", price: 20, bsr: 900, reviewCount: 400, snapshotId: "1", ...over });

/** One detected change per kind, from the rules. */
function detectEveryKind(currency: string): DetectedChange[] {
  const c = { currency };
  const metric = evaluatePair(
    pair(
      reading({ ...c }),
      // 24.99 → 19.99 is -20.008…% as a float: the event must say -20.01.
      reading({ ...c, capturedAt: new Date("2026-11-10T07:00:00Z"), price: 19.99, buyBoxPrice: 17.49, bsr: 2100, rating: 4.3, reviewCount: 1790, buyBoxSellerId: "A9CHEAP", buyBoxSellerName: "Cheapo Deals", listingVersionId: "lv2", listing: { title: "Acme Steel Water Bottle 750 ml – Leak-proof", brand: "Acme Home", bullets: ["Keeps cold 24 h", "Dishwasher safe"], images: ["https://m.media-amazon.com/images/I/a.jpg", "https://m.media-amazon.com/images/I/b.jpg"] } }),
    ),
    { ...defaultThresholds },
  );
  const out = evaluatePair(pair(reading(c), reading({ ...c, inStock: false, availabilityText: "Currently unavailable.", price: null, buyBoxPrice: null })), { ...defaultThresholds });
  const back = evaluatePair(pair(reading({ ...c, inStock: false, availabilityText: null, price: null }), reading({ ...c, price: 21.5 })), { ...defaultThresholds });
  const group: GroupPair = {
    groupName: "Bottles",
    settings: { undercutPercent: 5, reviewSurge: 50 },
    mainAsin: "B0MAIN0001",
    competitorAsin: "B0COMP0001",
    main: { current: groupReading({ currency, price: 24.99, bsr: 1000 }), previous: groupReading({ currency, price: 24.99, bsr: 1000 }) },
    competitor: {
      current: groupReading({ currency, price: 22.49, bsr: 800, reviewCount: 480, capturedAt: new Date("2026-11-10T06:00:00Z") }),
      previous: groupReading({ currency, price: 25.99, bsr: 1100, reviewCount: 470 }),
      weekAgo: groupReading({ currency, reviewCount: 400, capturedAt: new Date("2026-11-03T06:00:00Z") }),
      touched: true,
    },
  };
  return [...metric, ...out, ...back, ...evaluateGroupPair(group)];
}

function asLoaded(change: DetectedChange, marketplace: MarketplaceCode, i: number): LoadedAnomaly {
  const group = change.kind.startsWith("competitor_");
  return {
    id: `anom${i}`,
    workspaceId: "ws1",
    productId: "p1",
    kind: change.kind,
    severity: change.severity,
    fromSnapshotId: 1n,
    toSnapshotId: 2n,
    before: change.before as never,
    after: change.after as never,
    change: change.change,
    reason: change.reason as never,
    detectedAt: new Date("2026-11-10T07:00:00Z"),
    groupId: group ? "grp1" : null,
    createdAt: new Date("2026-11-10T07:01:00Z"),
    product: { id: "p1", asin: group ? "B0COMP0001" : "B0WATER001", marketplace, title: "Acme Steel Water Bottle 750 ml", kind: "own", imageUrl: null },
    workspace: { id: "ws1", name: "Acme" },
  };
}

const numbersIn = (v: unknown): number[] =>
  typeof v === "number" ? [v] : v && typeof v === "object" ? Object.values(v).flatMap(numbersIn) : [];

describe("webhook events v1", () => {
  const detected = detectEveryKind("USD");

  it("the rules produce every kind (so every kind below is checked)", () => {
    expect(new Set(detected.map((d) => d.kind))).toEqual(new Set(Object.values(AnomalyKind)));
  });

  it.each(Object.values(AnomalyKind))("%s: the event validates against the published JSON Schema", (kind) => {
    const change = detected.find((d) => d.kind === kind)!;
    const event = buildWebhookEvent(asLoaded(change, "US", 1), english, appUrl);
    expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
    expect(event).toMatchObject({ version: 1, id: "evt_anom1", type: `anomaly.${kind}`, created: "2026-11-10T07:01:00.000Z", workspace: { id: "ws1", name: "Acme" } });
    expect(event.product.app_url).toBe(`${appUrl}/w/ws1/products/p1?at=2026-11-10T07%3A00%3A00.000Z`);
    expect(event.reason).not.toBe("");
    // No float noise anywhere in the body: every number has at most 2 decimals.
    expect(numbersIn(event).filter((n) => !/^-?\d+(\.\d{1,2})?$/.test(String(n)))).toEqual([]);
  });

  it("money is in the marketplace's currency and minor unit, percentages have 2 decimals", () => {
    const [us] = detectEveryKind("USD").filter((d) => d.kind === "price_change");
    expect(String(us!.change)).toMatch(/\d{8}/); // the stored float (-0.2000800320128051)…
    expect(buildWebhookEvent(asLoaded(us!, "US", 2), english, appUrl)).toMatchObject({
      currency: "USD",
      product: { url: "https://www.amazon.com/dp/B0WATER001" },
      before: { price: "24.99" },
      after: { price: "19.99" },
      change: { amount: "-5.00", percent: -20.01 }, // …and what the receiver gets.
      reason: "The price fell 20%, from $24.99 to $19.99 (threshold 10%).",
    });
    const [de] = detectEveryKind("EUR").filter((d) => d.kind === "price_change");
    expect(buildWebhookEvent(asLoaded(de!, "DE", 3), english, appUrl)).toMatchObject({ currency: "EUR", product: { url: "https://www.amazon.de/dp/B0WATER001" } });
    const jp = { ...us!, before: 1980, after: 1580 };
    expect(buildWebhookEvent(asLoaded(jp, "JP", 4), english, appUrl)).toMatchObject({ currency: "JPY", before: { price: "1980" }, after: { price: "1580" }, change: { amount: "-400", percent: -20.2 } });
  });

  it("fixed units per kind: ranks and counts are integers, ratings absolute stars, non-money kinds have no currency", () => {
    const event = (kind: string) => buildWebhookEvent(asLoaded(detected.find((d) => d.kind === kind)!, "US", 5), english, appUrl);
    expect(event("bsr_change")).toMatchObject({ currency: null, before: { rank: 1200, category: "Kitchen & Dining" }, after: { rank: 2100 }, change: { rank: 900, percent: 75 } });
    expect(event("rating_drop")).toMatchObject({ before: { rating: 4.5 }, after: { rating: 4.3 }, change: { stars: -0.2 } });
    expect(event("review_count_drop")).toMatchObject({ before: { reviews: 1830 }, after: { reviews: 1790 }, change: { reviews: -40 } });
    expect(event("out_of_stock")).toMatchObject({ currency: "USD", before: { in_stock: true, price: "24.99" }, after: { in_stock: false, availability: "Currently unavailable." }, change: null });
    expect(event("buy_box_seller_change")).toMatchObject({ severity: "critical", before: { seller_name: "Acme Store" }, after: { seller_id: "A9CHEAP" } });
    expect(event("bullets_change")).toMatchObject({ change: { added: 1, removed: 1 } });
    expect(event("competitor_undercut")).toMatchObject({
      group: { id: "grp1", name: "Bottles", main_asin: "B0MAIN0001" },
      after: { price: "22.49", main_price: "24.99" },
      change: { amount: "-2.50", percent: -10 },
    });
    expect(event("competitor_review_surge")).toMatchObject({ before: { reviews: 400 }, after: { reviews: 480 }, change: { reviews: 80 } });
    expect(event("price_change").group).toBeNull();
  });

  it("the same anomaly always gives the same event id; the schema refuses an undocumented field", () => {
    const change = detected[0]!;
    const a = buildWebhookEvent(asLoaded(change, "US", 7), english, appUrl);
    expect(buildWebhookEvent(asLoaded(change, "US", 7), english, appUrl).id).toBe(a.id);
    expect(validate({ ...a, extra: 1 })).toBe(false);
    expect(validate({ ...a, change: { amount: -5, percent: -20.01 } })).toBe(false);
  });

  it("test.ping validates too", () => {
    const event = buildTestEvent({ webhook: { id: "wh1", url: "https://hooks.example.com/x" }, workspace: { id: "ws1", name: "Acme" }, now: new Date("2026-12-03T10:00:00Z"), nonce: "abc" });
    expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
  });
});
