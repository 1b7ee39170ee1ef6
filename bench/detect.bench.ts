// Ingest + anomaly detection benchmark: 1,000,000 readings (10,000 products × 100 crawls)
// written through ingestReadings, which runs detection for each crawl in the same
// transaction. PostgreSQL, fresh database, dropped afterwards. Run: npm run bench:detect
import { writeDocsSection } from "./support/docs-section";
import crypto from "node:crypto";
import os from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ingestReadings } from "@/lib/crawl/complete-crawl-run";
import type { ProductReading } from "@/lib/sources/types";
import { adminQuery, databaseUrlFor } from "../tests/support/postgres";

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const CRAWLS = Number(process.env.BENCH_CRAWLS ?? 100);

// Deterministic noise, so every run measures the same data.
let seed = 42;
const rand = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

type State = { price: number; bsr: number; rating: number; reviews: number; inStock: boolean; seller: string; title: string };

function nextState(s: State): State {
  const r = rand();
  const next = { ...s, reviews: s.reviews + (rand() < 0.3 ? 1 : 0) };
  next.price = Math.round(s.price * (1 + (rand() - 0.5) * 0.04) * 100) / 100; // ±2 % daily noise
  next.bsr = Math.max(1, Math.round(s.bsr * (1 + (rand() - 0.5) * 0.3)));
  // Rare events, roughly as often as on real listings.
  if (r < 0.005) next.price = Math.round(s.price * 0.8 * 100) / 100;
  else if (r < 0.008) next.inStock = !s.inStock;
  else if (r < 0.01) next.seller = s.seller === "S1" ? "S2" : "S1";
  else if (r < 0.011) next.title = `${s.title.split(" v")[0]} v${Math.floor(rand() * 100)}`;
  else if (r < 0.012) next.rating = Math.max(1, Math.round((s.rating - 0.3) * 10) / 10);
  else if (r < 0.013) next.reviews = Math.max(0, s.reviews - 25);
  return next;
}

function toReading(asin: string, at: Date, s: State): ProductReading {
  return {
    asin, marketplace: "US", capturedAt: at, currency: "USD",
    price: s.inStock ? s.price : null, listPrice: null, buyBoxPrice: s.inStock ? s.price : null,
    bsr: s.bsr, bsrCategory: "Electronics", bsrRanks: [{ rank: s.bsr, category: "Electronics" }],
    rating: s.rating, reviewCount: s.reviews, inStock: s.inStock, availabilityText: s.inStock ? "In Stock" : "Currently unavailable.",
    buyBoxSellerId: s.seller, buyBoxSellerName: `Seller ${s.seller}`,
    listing: { title: s.title, brand: "Bench", bullets: ["One", "Two", "Three"], images: ["a.jpg", "b.jpg"], categoryPath: ["Electronics"] },
    isDemo: false,
  };
}

async function main() {
  const name = `asinradar_bench_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = databaseUrlFor(name);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await applyMigrations({ kind: "postgres", connectionString: url });
    const ws = await db.workspace.create({ data: { name: "Bench", productLimit: PRODUCTS } });
    await db.user.create({ data: { email: "bench@example.test", name: "Bench", passwordHash: "-", memberships: { create: { workspaceId: ws.id, role: "owner" } } } });
    await db.$executeRawUnsafe(
      `INSERT INTO "Product" (id, "workspaceId", asin, marketplace, kind, "updatedAt")
       SELECT 'bp' || g, $1, 'B' || lpad(g::text, 9, '0'), 'US'::"Marketplace", CASE WHEN g % 5 = 0 THEN 'own' ELSE 'competitor' END::"ProductKind", now()
       FROM generate_series(1, $2::int) g`,
      ws.id,
      PRODUCTS,
    );
    const asins = Array.from({ length: PRODUCTS }, (_, i) => `B${String(i + 1).padStart(9, "0")}`);
    let states: State[] = asins.map(() => ({ price: 20 + rand() * 200, bsr: 100 + Math.floor(rand() * 50_000), rating: 4.5, reviews: 500, inStock: true, seller: "S1", title: "Bench product" }));
    const start = Date.parse("2026-01-01T00:00:00Z");
    const times: number[] = [];
    let anomalies = 0;
    const t0 = performance.now();
    for (let c = 0; c < CRAWLS; c++) {
      const at = new Date(start + c * 3_600_000);
      if (c > 0) states = states.map(nextState);
      const readings = asins.map((a, i) => toReading(a, at, states[i]!));
      const t = performance.now();
      const res = await ingestReadings({ db, workspaceId: ws.id, marketplace: "US", readings });
      times.push(performance.now() - t);
      anomalies += res.anomalyIds.length;
    }
    const totalS = (performance.now() - t0) / 1000;
    const readings = PRODUCTS * CRAWLS;
    const sorted = [...times].sort((a, b) => a - b);
    const stored = await db.snapshot.count();
    const deliveries = await db.alertDelivery.count();
    const result = {
      readings, stored, anomalies, deliveries, totalS,
      perSecond: Math.round(readings / totalS),
      p50: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]!,
    };
    console.log(result);
    writeSection(result);
  } finally {
    await db.$disconnect();
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

function writeSection(r: { readings: number; stored: number; anomalies: number; deliveries: number; totalS: number; perSecond: number; p50: number; p95: number }) {
  const fmt = (n: number) => n.toLocaleString("en-US");
  const section = [
    "## Ingest with anomaly detection (`npm run bench:detect`)",
    "",
    `${fmt(PRODUCTS)} products × ${fmt(CRAWLS)} crawls = ${fmt(r.readings)} readings, each crawl ingested with \`ingestReadings\`,`,
    "which detects anomalies for the crawl in the same transaction (pairs query, rules, anomaly and outbox inserts).",
    "Fresh PostgreSQL 15 database, dropped afterwards; one member with instant email, so every anomaly also writes one outbox row.",
    "",
    "| readings | stored | anomalies | outbox rows | total | readings/s | per crawl p50 | per crawl p95 | target |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    `| ${fmt(r.readings)} | ${fmt(r.stored)} | ${fmt(r.anomalies)} | ${fmt(r.deliveries)} | ${r.totalS.toFixed(1)} s | ${fmt(r.perSecond)} | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms | < 60 s: ${r.totalS < 60 ? "met" : "NOT met"} |`,
    "",
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
  ].join("\n");
  writeDocsSection("detect", section);
}

await main();
