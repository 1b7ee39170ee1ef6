import type { Db } from "@/lib/db/client";
import type { AlertAnomaly } from "@/lib/alerts/alert-anomaly";
import type { AnomalyKind, Severity } from "@/lib/generated/prisma/enums";

// One anomaly of every kind, shaped as detection stores them (reason keys and values as in
// lib/anomalies/rules*.ts), with fixed ids and dates so rendered emails are deterministic.
// Used by the email snapshot tests and scripts/email-screenshots.ts.

export const sampleDetectedAt = new Date("2026-11-10T06:10:00Z");

export const sampleProducts = {
  bottle: {
    id: "prod_bottle",
    asin: "B0WATER001",
    marketplace: "US",
    title: "Acme Steel Water Bottle 750 ml, Vacuum Insulated, Leak-Proof Lid, Keeps Drinks Cold 24 Hours",
    imageUrl: "https://m.media-amazon.com/images/I/61sample-bottle.jpg",
    kind: "own",
  },
  lamp: {
    id: "prod_lamp",
    asin: "B0LAMP0002",
    marketplace: "DE",
    title: "Lumen LED-Schreibtischlampe mit USB-Ladeanschluss, dimmbar",
    imageUrl: null,
    kind: "competitor",
  },
} as const;

const workspace = { id: "ws_acme", name: "Acme Bottles" };

type Sample = {
  kind: AnomalyKind;
  severity: Severity;
  before: unknown;
  after: unknown;
  change: number | null;
  reason: { key: string; values: Record<string, string | number> };
};

const samples: Record<AnomalyKind, Sample> = {
  price_change: {
    kind: "price_change",
    severity: "warning",
    before: 58.97,
    after: 47.99,
    change: -0.1862,
    reason: { key: "price_change", values: { direction: "down", percent: "18.6%", before: "$58.97", after: "$47.99", threshold: "10%" } },
  },
  buy_box_price_change: {
    kind: "buy_box_price_change",
    severity: "warning",
    before: 24.99,
    after: 29.99,
    change: 0.2001,
    reason: { key: "buy_box_price_change", values: { direction: "up", percent: "20%", before: "$24.99", after: "$29.99", threshold: "10%" } },
  },
  bsr_change: {
    kind: "bsr_change",
    severity: "warning",
    before: 1200,
    after: 1740,
    change: 0.45,
    reason: {
      key: "bsr_change",
      values: { category: "Kitchen & Dining", direction: "worse", percent: "45%", before: "1,200", after: "1,740", threshold: "30%" },
    },
  },
  rating_drop: {
    kind: "rating_drop",
    severity: "warning",
    before: 4.6,
    after: 4.3,
    change: -0.3,
    reason: { key: "rating_drop", values: { before: "4.6", after: "4.3", threshold: "0.2" } },
  },
  review_count_drop: {
    kind: "review_count_drop",
    severity: "warning",
    before: 1532,
    after: 1520,
    change: -12,
    reason: { key: "review_count_drop", values: { before: "1,532", after: "1,520", removed: "12" } },
  },
  out_of_stock: {
    kind: "out_of_stock",
    severity: "critical",
    before: { inStock: true, availability: "In Stock", price: 47.99 },
    after: { inStock: false, availability: "Currently unavailable." },
    change: null,
    reason: { key: "out_of_stock", values: { availability: "Currently unavailable." } },
  },
  back_in_stock: {
    kind: "back_in_stock",
    severity: "info",
    before: { inStock: false, availability: "Currently unavailable." },
    after: { inStock: true, availability: "In Stock", price: 49.99 },
    change: null,
    reason: { key: "back_in_stock", values: {} },
  },
  buy_box_seller_change: {
    kind: "buy_box_seller_change",
    severity: "critical",
    before: { id: "A1ACME", name: "Acme Official" },
    after: { id: "A9CHEAP", name: "BestDeals4U" },
    change: null,
    reason: { key: "buy_box_seller_change_hijack", values: { before: "Acme Official", after: "BestDeals4U" } },
  },
  title_change: {
    kind: "title_change",
    severity: "warning",
    before: "Acme Steel Water Bottle 750 ml, Vacuum Insulated, Leak-Proof Lid, Keeps Drinks Cold 24 Hours",
    after: "Acme Steel Water Bottle 750 ml, Double-Wall Vacuum Insulated, Leak-Proof Lid, Keeps Drinks Cold 36 Hours, BPA-Free",
    change: null,
    reason: {
      key: "title_change",
      values: {
        before: "Acme Steel Water Bottle 750 ml, Vacuum Insulated, Leak-Proof Lid, Keeps Drinks Cold 24 Hours",
        after: "Acme Steel Water Bottle 750 ml, Double-Wall Vacuum Insulated, Leak-Proof Lid, Keeps Drinks Cold 36 Hours, BPA-Free",
      },
    },
  },
  bullets_change: {
    kind: "bullets_change",
    severity: "warning",
    before: ["a", "b"],
    after: ["a", "c", "d"],
    change: null,
    reason: { key: "bullets_change", values: { added: 2, removed: 1 } },
  },
  images_change: {
    kind: "images_change",
    severity: "warning",
    before: ["i1"],
    after: ["i2"],
    change: null,
    reason: { key: "images_change", values: { added: 1, removed: 1 } },
  },
  brand_change: {
    kind: "brand_change",
    severity: "critical",
    before: "Acme",
    after: "ACMEE Store",
    change: null,
    reason: { key: "brand_change", values: { before: "Acme", after: "ACMEE Store" } },
  },
  competitor_undercut: {
    kind: "competitor_undercut",
    severity: "warning",
    before: { mainPrice: 47.99, price: 49.99 },
    after: { mainPrice: 47.99, price: 41.5 },
    change: -0.1352,
    reason: {
      key: "competitor_undercut",
      values: {
        group: "Bottles 750 ml",
        competitor: "B0LAMP0002",
        main: "B0WATER001",
        price: "€41.50",
        mainPrice: "€47.99",
        percent: "13.5%",
        threshold: "5%",
      },
    },
  },
  competitor_bsr_overtake: {
    kind: "competitor_bsr_overtake",
    severity: "warning",
    before: { mainBsr: 900, bsr: 1100 },
    after: { mainBsr: 950, bsr: 870 },
    change: null,
    reason: { key: "competitor_bsr_overtake", values: { group: "Bottles 750 ml", competitor: "B0LAMP0002", main: "B0WATER001", bsr: "870", mainBsr: "950" } },
  },
  competitor_review_surge: {
    kind: "competitor_review_surge",
    severity: "info",
    before: { reviewCount: 310 },
    after: { reviewCount: 452 },
    change: 142,
    reason: {
      key: "competitor_review_surge",
      values: { group: "Bottles 750 ml", competitor: "B0LAMP0002", main: "B0WATER001", gained: "142", threshold: "50", before: "310", after: "452" },
    },
  },
};

const competitorKinds: AnomalyKind[] = ["competitor_undercut", "competitor_bsr_overtake", "competitor_review_surge"];

/** The sample of `kind`, on the own bottle (or, for group kinds, on the competing lamp). */
export function sampleAnomaly(kind: AnomalyKind, opts: { id?: string; detectedAt?: Date; product?: keyof typeof sampleProducts } = {}): AlertAnomaly {
  const s = samples[kind];
  const product = sampleProducts[opts.product ?? (competitorKinds.includes(kind) ? "lamp" : "bottle")];
  return {
    id: opts.id ?? `anom_${kind}`,
    workspaceId: workspace.id,
    productId: product.id,
    kind: s.kind,
    severity: s.severity,
    fromSnapshotId: 1n,
    toSnapshotId: 2n,
    before: s.before as never,
    after: s.after as never,
    change: s.change,
    reason: s.reason,
    detectedAt: opts.detectedAt ?? sampleDetectedAt,
    groupId: competitorKinds.includes(kind) ? "group_1" : null,
    createdAt: opts.detectedAt ?? sampleDetectedAt,
    product: { ...product },
    workspace,
  };
}

export const sampleKinds = Object.keys(samples) as AnomalyKind[];

/**
 * The sample workspace, its two products and 30 days of readings up to the samples' moment
 * (twice a day, smooth and deterministic, the last reading showing the change), so the email
 * chart draws from real stored history.
 */
export async function seedSampleHistory(db: Db): Promise<void> {
  await db.workspace.create({ data: { id: workspace.id, name: workspace.name } });
  for (const p of Object.values(sampleProducts)) {
    await db.product.create({
      data: {
        id: p.id,
        workspaceId: workspace.id,
        asin: p.asin,
        marketplace: p.marketplace,
        title: p.title,
        imageUrl: p.imageUrl,
        kind: p.kind,
        currency: "USD",
      },
    });
  }
  const end = sampleDetectedAt.getTime();
  const step = 12 * 3600_000;
  const rows = [];
  for (const p of Object.values(sampleProducts)) {
    for (let i = 60; i >= 0; i--) {
      const wave = Math.sin(i / 4);
      const last = i === 0;
      rows.push({
        productId: p.id,
        workspaceId: workspace.id,
        capturedAt: new Date(end - i * step),
        currency: "USD",
        price: last ? 47.99 : Math.round((57 + 2 * wave) * 100) / 100,
        buyBoxPrice: last ? 29.99 : Math.round((24.5 + wave) * 100) / 100,
        bsr: last ? 1740 : Math.round(1150 + 120 * wave),
        rating: last ? 4.3 : 4.6,
        reviewCount: last ? 1520 : 1400 + (60 - i) * 2,
        inStock: true,
      });
    }
  }
  await db.snapshot.createMany({ data: rows });
}
