// Ingest benchmark (PostgreSQL): `npm run bench`.
//
// Measures `ingestReadings` (store snapshots, open listing versions, update the latest state
// on Product, detect anomalies and group alerts, write the outbox) for 100,000 and 1,000,000
// readings, next to two plain bulk writes of the same snapshot rows (INSERT ... SELECT FROM
// unnest with one array per column, and FROM json_to_recordset with one JSON text; same
// columns, same chunks, same Prisma client) and a naive one-upsert-per-reading loop
// (measured on a subset and extrapolated). The measured ingest starts from Apify-style
// dataset items: each chunk is normalised (`splitApifyItems`: zod validation + join on the
// asked ASINs + `normaliseApifyItem`) and then stored, and both are timed.
//
// Runs against a brand-new database (unique name, dropped at the end even on failure).
//
// Env:
//   BENCH_READINGS=100000,1000000  reading counts to ingest (default both)
//   BENCH_DATABASE_URL             server to create the scratch database on
//                                  (default TEST_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres)
//   BENCH_CHUNK=5000               readings per ingestReadings call (and per plain INSERT)
//   BENCH_BATCH_READINGS=100000    readings also ingested in Apify-run-sized calls (0 to skip)
//   BENCH_BATCH=200                readings per call for that run (the pipeline's default Apify batch)
//   BENCH_PRODUCTS=10000           products, spread evenly over 4 marketplaces
//   BENCH_NAIVE=5000               readings for the naive loop (0 to skip)
//   BENCH_PROFILE=1                also time every SQL statement of ingestReadings (Prisma query events)
//   BENCH_DOCS=0                   do not write docs/benchmarks.md
import { writeDocsSection } from "./support/docs-section";
import crypto from "node:crypto";
import { execSync } from "node:child_process";
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { ingestReadings } from "@/lib/crawl/complete-crawl-run";
import { marketplaces, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { splitApifyItems } from "@/lib/sources/apify/normalise-apify-item";
import type { ProductReading } from "@/lib/sources/types";
import { createUserWithWorkspace } from "@/tests/support/factories";

// ---------------------------------------------------------------------------------------------
// Options

const intEnv = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${raw}`);
  return n;
};

const readingCounts = (process.env.BENCH_READINGS ?? "100000,1000000")
  .split(",")
  .map((s) => s.trim().replace(/_/g, ""))
  .filter(Boolean)
  .map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`BENCH_READINGS: bad count ${s}`);
    return n;
  });
const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const chunkSize = intEnv("BENCH_CHUNK", 5_000);
const batchReadings = intEnv("BENCH_BATCH_READINGS", 100_000);
const batchSize = intEnv("BENCH_BATCH", 200);
const productCount = intEnv("BENCH_PRODUCTS", 10_000);
const naiveCount = intEnv("BENCH_NAIVE", 5_000);
const profile = process.env.BENCH_PROFILE === "1";
const writeDocs = process.env.BENCH_DOCS !== "0";

const MARKETPLACES: MarketplaceCode[] = ["US", "UK", "DE", "JP"];
const perMarketplace = Math.ceil(productCount / MARKETPLACES.length);
const START = Date.UTC(2026, 0, 1);
const CRAWL_EVERY_MS = 6 * 3600_000;

// ---------------------------------------------------------------------------------------------
// Scratch database

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function databaseUrlFor(name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// ---------------------------------------------------------------------------------------------
// Deterministic data

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROOTS = ["Electronics", "Home & Kitchen", "Sports & Outdoors", "Toys & Games", "Beauty & Personal Care", "Tools & Home Improvement"];
const SUBS = ["Headphones", "Coffee Makers", "Yoga Mats", "Building Sets", "Hair Dryers", "Power Drills", "Chargers", "Water Bottles"];
const BRANDS = ["Auralis", "Kitchora", "Peakform", "Brixly", "Lumea", "Torqon", "Voltaro", "Hydra"];
const NOUNS = ["Wireless Earbuds", "Drip Coffee Maker", "Non-Slip Yoga Mat", "Building Kit", "Ionic Hair Dryer", "Cordless Drill", "USB-C Charger", "Insulated Bottle"];

type ProductSeed = { id: string; asin: string; marketplace: MarketplaceCode; index: number };

type ProductState = ProductSeed & {
  price: number;
  listPrice: number | null;
  bsr: number;
  subRank: number;
  root: string;
  sub: string;
  rating: number;
  reviewCount: number;
  inStock: boolean;
  sellerId: string;
  sellerName: string;
  titleBase: string;
  titleVersion: number;
  brand: string;
  bullets: string[];
  images: string[];
  categoryPath: string[];
  /** Stand-in for the listing version id, for the plain write (same column, same width). */
  versionTag: string;
};

function productSeeds(): ProductSeed[] {
  const seeds: ProductSeed[] = [];
  for (let i = 0; i < productCount; i++) {
    const marketplace = MARKETPLACES[i % MARKETPLACES.length]!;
    seeds.push({ id: `bp${String(i).padStart(23, "0")}`, asin: `B0${i.toString(36).toUpperCase().padStart(8, "0")}`, marketplace, index: i });
  }
  return seeds;
}

function initialState(seed: ProductSeed, rand: () => number): ProductState {
  const k = seed.index % NOUNS.length;
  const brand = BRANDS[(seed.index * 7) % BRANDS.length]!;
  const price = Math.round((5 + rand() * 300) * 100) / 100;
  const code = seed.asin.slice(2);
  return {
    ...seed,
    price,
    listPrice: rand() < 0.4 ? Math.round(price * (1.1 + rand() * 0.4) * 100) / 100 : null,
    bsr: 1 + Math.floor(rand() * 200_000),
    subRank: 1 + Math.floor(rand() * 5_000),
    root: ROOTS[k % ROOTS.length]!,
    sub: SUBS[k]!,
    rating: Math.round((3 + rand() * 2) * 10) / 10,
    reviewCount: Math.floor(rand() * 30_000),
    inStock: rand() > 0.03,
    sellerId: rand() < 0.5 ? "ATVPDKIKX0DER" : `A${code}SELLER`,
    sellerName: rand() < 0.5 ? "Amazon" : `${brand} Store`,
    titleBase: `${brand} ${NOUNS[k]} ${code}, ${["Black", "White", "Blue", "Grey"][seed.index % 4]}`,
    titleVersion: 0,
    brand,
    bullets: [
      `${NOUNS[k]} built for everyday use`,
      "Backed by a 2-year warranty and friendly support",
      `Compatible with all ${brand} accessories`,
      "Ships in recyclable packaging",
    ],
    images: [1, 2, 3].map((n) => `https://m.media-amazon.com/images/I/${code}${n}._AC_SL1500_.jpg`),
    categoryPath: [ROOTS[k % ROOTS.length]!, SUBS[k]!],
    versionTag: `lv_${crypto.createHash("sha1").update(`${seed.id}|0`).digest("hex").slice(0, 24)}`,
  };
}

/**
 * Deterministic readings, one per product per crawl, produced marketplace by marketplace in
 * chunks of `chunkSize`: never more than one chunk per marketplace in memory.
 */
class ReadingGenerator {
  private readonly states: ProductState[];
  private readonly rand: () => number;
  versionChanges = 0;

  constructor(seed = 42) {
    this.rand = mulberry32(seed);
    this.states = productSeeds().map((s) => initialState(s, this.rand));
  }

  /** Advances one product by one crawl and returns its reading. */
  private step(s: ProductState, crawl: number): ProductReading {
    const r = this.rand;
    if (crawl > 0) {
      if (r() < 0.15) s.price = Math.max(0.99, Math.round(s.price * (0.9 + r() * 0.2) * 100) / 100);
      s.bsr = Math.max(1, Math.round(s.bsr * (0.8 + r() * 0.4)));
      s.subRank = Math.max(1, Math.round(s.subRank * (0.8 + r() * 0.4)));
      if (r() < 0.02) s.rating = Math.min(5, Math.max(1, Math.round((s.rating + (r() < 0.5 ? -0.1 : 0.1)) * 10) / 10));
      s.reviewCount += Math.floor(r() * 5);
      s.inStock = s.inStock ? r() > 0.02 : r() < 0.3;
      if (r() < 0.01) {
        s.titleVersion++;
        this.versionChanges++;
        s.versionTag = `lv_${crypto.createHash("sha1").update(`${s.id}|${s.titleVersion}`).digest("hex").slice(0, 24)}`;
      }
    }
    const hasBuyBox = s.inStock;
    return {
      asin: s.asin,
      marketplace: s.marketplace,
      capturedAt: new Date(START + crawl * CRAWL_EVERY_MS + MARKETPLACES.indexOf(s.marketplace) * 60_000),
      currency: marketplaces[s.marketplace].currency,
      price: s.inStock || r() < 0.5 ? s.price : null,
      listPrice: s.listPrice,
      buyBoxPrice: hasBuyBox ? s.price : null,
      bsr: s.bsr,
      bsrCategory: s.root,
      bsrRanks: [
        { rank: s.bsr, category: s.root },
        { rank: s.subRank, category: s.sub },
      ],
      rating: s.rating,
      reviewCount: s.reviewCount,
      inStock: s.inStock,
      availabilityText: s.inStock ? "In Stock" : "Currently unavailable.",
      buyBoxSellerId: hasBuyBox ? s.sellerId : null,
      buyBoxSellerName: hasBuyBox ? s.sellerName : null,
      listing: {
        title: s.titleVersion === 0 ? s.titleBase : `${s.titleBase} (${2025 + s.titleVersion} model)`,
        brand: s.brand,
        bullets: s.bullets,
        images: s.images,
        categoryPath: s.categoryPath,
      },
      isDemo: false,
    };
  }

  /** Readings for `total` readings (= total / products crawls), yielded as per-marketplace chunks. */
  *chunks(total: number, size = chunkSize): Generator<{ marketplace: MarketplaceCode; readings: ProductReading[]; versionTags: string[] }> {
    const buffers = new Map<MarketplaceCode, { readings: ProductReading[]; versionTags: string[] }>(
      MARKETPLACES.map((m) => [m, { readings: [], versionTags: [] }]),
    );
    let produced = 0;
    for (let crawl = 0; produced < total; crawl++) {
      for (const m of MARKETPLACES) {
        const buffer = buffers.get(m)!;
        for (const s of this.states) {
          if (s.marketplace !== m || produced >= total) continue;
          buffer.readings.push(this.step(s, crawl));
          buffer.versionTags.push(s.versionTag);
          produced++;
          if (buffer.readings.length >= size) {
            yield { marketplace: m, readings: buffer.readings, versionTags: buffer.versionTags };
            buffer.readings = [];
            buffer.versionTags = [];
          }
        }
      }
    }
    for (const m of MARKETPLACES) {
      const buffer = buffers.get(m)!;
      if (buffer.readings.length > 0) yield { marketplace: m, readings: buffer.readings, versionTags: buffer.versionTags };
    }
  }

  /** The same data as a junglee/amazon-crawler item (for the normalisation sample). */
  apifyItem(reading: ProductReading, s: ProductSeed): Record<string, unknown> {
    const symbol = { US: "$", UK: "£", DE: "€", JP: "￥" }[s.marketplace as "US" | "UK" | "DE" | "JP"];
    const money = (v: number | null) => (v === null ? null : { value: v, currency: symbol });
    return {
      title: `  ${reading.listing.title}  `,
      url: `https://www.${marketplaces[s.marketplace].domain}/dp/${s.asin}`,
      asin: s.asin,
      originalAsin: s.asin,
      input: `https://www.${marketplaces[s.marketplace].domain}/dp/${s.asin}`,
      price: money(reading.price === null ? null : reading.price + 0.00000000000002),
      listPrice: money(reading.listPrice),
      shippingPrice: null,
      inStock: reading.inStock,
      inStockText: reading.inStock ? "In Stock  In Stock" : "Currently unavailable.",
      brand: reading.listing.brand,
      stars: reading.rating,
      starsBreakdown: { "5star": 0.62, "4star": 0.18, "3star": 0.08, "2star": 0.04, "1star": 0.08 },
      reviewsCount: reading.reviewCount,
      breadCrumbs: reading.listing.categoryPath.join("›"),
      thumbnailImage: reading.listing.images[0],
      galleryThumbnails: reading.listing.images.map((u) => u.replace("SL1500", "US40")),
      highResolutionImages: reading.listing.images,
      description: reading.listing.bullets.join(". "),
      features: reading.listing.bullets,
      attributes: [{ key: "Brand", value: reading.listing.brand }],
      seller: reading.buyBoxSellerId ? { id: reading.buyBoxSellerId, name: reading.buyBoxSellerName, url: null } : null,
      offers: [],
      bestsellerRanks: reading.bsrRanks,
      loadedCountryCode: marketplaces[s.marketplace].country,
    };
  }

  private byAsin?: Map<string, ProductState>;
  seedFor(asin: string) {
    this.byAsin ??= new Map(this.states.map((s) => [s.asin, s]));
    return this.byAsin.get(asin)!;
  }
}

/** A chunk's readings as the Apify datasets they came from: one run per capture time. */
function apifyRuns(gen: ReadingGenerator, readings: ProductReading[]) {
  const byTime = new Map<number, ProductReading[]>();
  for (const r of readings) {
    const run = byTime.get(r.capturedAt.getTime());
    if (run) run.push(r);
    else byTime.set(r.capturedAt.getTime(), [r]);
  }
  return [...byTime].map(([at, run]) => ({
    capturedAt: new Date(at),
    asins: run.map((r) => r.asin),
    items: run.map((r) => gen.apifyItem(r, gen.seedFor(r.asin))),
  }));
}

// ---------------------------------------------------------------------------------------------
// The three writers

const readingColumnTypes = ["text", "timestamp", "boolean", "text", "numeric", "numeric", "numeric", "int", "text", "jsonb",
  "numeric", "int", "boolean", "text", "text", "text", "text"];

/** The same snapshot rows ingestReadings writes, with one plain INSERT ... SELECT FROM unnest per chunk. */
async function plainInsert(db: Db, workspaceId: string, productIds: Map<string, string>, readings: ProductReading[], versionTags: string[]) {
  return db.$executeRawUnsafe(
    `INSERT INTO "Snapshot" ("productId", "workspaceId", "capturedAt", "crawlRunId", "isDemo", currency, price, "listPrice",
       "buyBoxPrice", bsr, "bsrCategory", "bsrRanks", rating, "reviewCount", "inStock", "availabilityText",
       "buyBoxSellerId", "buyBoxSellerName", "listingVersionId")
     SELECT u.pid, $1, u.at, $2, u.demo, u.currency, u.price, u.list_price, u.buy_box_price, u.bsr, u.bsr_category, u.bsr_ranks,
            u.rating, u.review_count, u.in_stock, u.availability, u.seller_id, u.seller_name, u.version_id
     FROM unnest(${readingColumnTypes.map((t, i) => `$${3 + i}::${t}[]`).join(", ")})
       AS u(pid, at, demo, currency, price, list_price, buy_box_price, bsr, bsr_category, bsr_ranks, rating, review_count,
            in_stock, availability, seller_id, seller_name, version_id)`,
    workspaceId,
    null,
    readings.map((r) => productIds.get(r.asin)!),
    readings.map((r) => r.capturedAt),
    readings.map((r) => r.isDemo),
    readings.map((r) => r.currency),
    readings.map((r) => r.price),
    readings.map((r) => r.listPrice),
    readings.map((r) => r.buyBoxPrice),
    readings.map((r) => r.bsr),
    readings.map((r) => r.bsrCategory),
    readings.map((r) => JSON.stringify(r.bsrRanks)),
    readings.map((r) => r.rating),
    readings.map((r) => r.reviewCount),
    readings.map((r) => r.inStock),
    readings.map((r) => r.availabilityText),
    readings.map((r) => r.buyBoxSellerId),
    readings.map((r) => r.buyBoxSellerName),
    versionTags,
  );
}

/** The same snapshot rows as one JSON text per chunk (the input path ingestReadings itself uses), plain INSERT. */
async function plainJsonInsert(db: Db, workspaceId: string, productIds: Map<string, string>, readings: ProductReading[], versionTags: string[]) {
  const json = JSON.stringify(readings.map((r, i) => ({
    pid: productIds.get(r.asin)!, at: r.capturedAt, demo: r.isDemo, currency: r.currency, price: r.price, list_price: r.listPrice,
    buy_box_price: r.buyBoxPrice, bsr: r.bsr, bsr_category: r.bsrCategory, bsr_ranks: r.bsrRanks, rating: r.rating,
    review_count: r.reviewCount, in_stock: r.inStock, availability: r.availabilityText, seller_id: r.buyBoxSellerId,
    seller_name: r.buyBoxSellerName, version_id: versionTags[i],
  })));
  return db.$executeRawUnsafe(
    `INSERT INTO "Snapshot" ("productId", "workspaceId", "capturedAt", "crawlRunId", "isDemo", currency, price, "listPrice",
       "buyBoxPrice", bsr, "bsrCategory", "bsrRanks", rating, "reviewCount", "inStock", "availabilityText",
       "buyBoxSellerId", "buyBoxSellerName", "listingVersionId")
     SELECT u.pid, $1, u.at, NULL, u.demo, u.currency, u.price, u.list_price, u.buy_box_price, u.bsr, u.bsr_category, u.bsr_ranks,
            u.rating, u.review_count, u.in_stock, u.availability, u.seller_id, u.seller_name, u.version_id
     FROM json_to_recordset($2::json) AS u(pid text, at timestamp, demo boolean, currency text, price numeric, list_price numeric,
       buy_box_price numeric, bsr int, bsr_category text, bsr_ranks jsonb, rating numeric, review_count int, in_stock boolean,
       availability text, seller_id text, seller_name text, version_id text)`,
    workspaceId,
    json,
  );
}

/** What a first implementation would do: one upsert and one product update per reading. */
async function naiveWrite(db: Db, workspaceId: string, productIds: Map<string, string>, r: ProductReading) {
  const productId = productIds.get(r.asin)!;
  await db.snapshot.upsert({
    where: { productId_capturedAt: { productId, capturedAt: r.capturedAt } },
    create: {
      productId,
      workspaceId,
      capturedAt: r.capturedAt,
      isDemo: r.isDemo,
      currency: r.currency,
      price: r.price,
      listPrice: r.listPrice,
      buyBoxPrice: r.buyBoxPrice,
      bsr: r.bsr,
      bsrCategory: r.bsrCategory,
      bsrRanks: r.bsrRanks,
      rating: r.rating,
      reviewCount: r.reviewCount,
      inStock: r.inStock,
      availabilityText: r.availabilityText,
      buyBoxSellerId: r.buyBoxSellerId,
      buyBoxSellerName: r.buyBoxSellerName,
    },
    update: {},
  });
  await db.product.update({
    where: { id: productId },
    data: {
      isDemo: r.isDemo,
      currency: r.currency,
      price: r.price,
      listPrice: r.listPrice,
      buyBoxPrice: r.buyBoxPrice,
      bsr: r.bsr,
      bsrCategory: r.bsrCategory,
      rating: r.rating,
      reviewCount: r.reviewCount,
      inStock: r.inStock,
      availabilityText: r.availabilityText,
      buyBoxSellerId: r.buyBoxSellerId,
      buyBoxSellerName: r.buyBoxSellerName,
      title: r.listing.title,
      brand: r.listing.brand,
      imageUrl: r.listing.images[0] ?? null,
      lastReadingAt: r.capturedAt,
      lastCrawledAt: r.capturedAt,
      failureStreak: 0,
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

const fmtInt = (n: number) => Math.round(n).toLocaleString("en-US");
const fmtS = (ms: number) => (ms / 1000).toFixed(2);

async function resetHistory(db: Db) {
  await db.$executeRawUnsafe(`TRUNCATE "Snapshot", "ListingVersion" RESTART IDENTITY CASCADE`);
  await db.$executeRawUnsafe(
    `UPDATE "Product" SET "isDemo" = false, title = NULL, brand = NULL, "imageUrl" = NULL, currency = NULL, price = NULL,
       "listPrice" = NULL, "buyBoxPrice" = NULL, bsr = NULL, "bsrCategory" = NULL, rating = NULL, "reviewCount" = NULL,
       "inStock" = NULL, "availabilityText" = NULL, "buyBoxSellerId" = NULL, "buyBoxSellerName" = NULL, "listingHash" = NULL,
       "listingVersionId" = NULL, "lastReadingAt" = NULL, "lastCrawledAt" = NULL, "failureStreak" = 0`,
  );
  await db.$executeRawUnsafe(`VACUUM (FULL, ANALYZE) "Product"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Snapshot"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "ListingVersion"`);
  await db.$executeRawUnsafe(`CHECKPOINT`);
}

async function count(db: Db, table: string): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`);
  return Number(rows[0]!.n);
}

type Statement = { label: string; ms: number; calls: number };
const statementTimes = new Map<string, Statement>();

function labelFor(query: string): string {
  const q = query.replace(/\s+/g, " ").trim();
  if (/^INSERT INTO "ListingVersion"/.test(q)) return "INSERT ListingVersion";
  if (/^WITH u AS .*INSERT INTO "Snapshot"/.test(q)) return "INSERT Snapshot + UPDATE Product latest state (one statement)";
  if (/^WITH p AS MATERIALIZED/.test(q)) return "SELECT products (locked) with their latest stored reading (for detection)";
  if (/^INSERT INTO "Anomaly"/.test(q)) return "Detection: INSERT Anomaly";
  if (/^INSERT INTO "AlertDelivery"/.test(q)) return "Detection: INSERT AlertDelivery (outbox)";
  if (/^SELECT s\.id::text AS id/.test(q)) return "Detection: snapshot ids of the readings that fired";
  if (/^(BEGIN|COMMIT|ROLLBACK)/i.test(q)) return q.split(" ")[0]!.toUpperCase();
  return q.slice(0, 40);
}

// ---------------------------------------------------------------------------------------------
// Main

type IngestRow = {
  n: number;
  calls: number;
  normaliseMs: number;
  ingestMs: number;
  generateMs: number;
  plainMs: number;
  plainJsonMs: number;
  snapshots: number;
  listingVersions: number;
  plainRows: number;
};

const loadAtStart = os.loadavg()[0]!;

async function main() {
  const name = `asinradar_bench_${crypto.randomBytes(6).toString("hex")}`;
  const url = databaseUrlFor(name);
  console.error(`bench: creating database ${name}`);
  await adminQuery(`CREATE DATABASE ${name}`);
  let db: PrismaClient | undefined;
  try {
    await applyMigrations({ kind: "postgres", connectionString: url });
    db = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url }),
      ...(profile ? { log: [{ emit: "event" as const, level: "query" as const }] } : {}),
    });
    if (profile) {
      (db as unknown as { $on: (e: "query", cb: (ev: { query: string; duration: number }) => void) => void }).$on("query", (ev) => {
        if (!profiling) return;
        const label = labelFor(ev.query);
        const s = statementTimes.get(label) ?? { label, ms: 0, calls: 0 };
        s.ms += ev.duration;
        s.calls++;
        statementTimes.set(label, s);
      });
    }
    await runBenchmarks(db, url);
  } finally {
    await db?.$disconnect().catch(() => undefined);
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    console.error(`bench: dropped database ${name}`);
  }
}

let profiling = false;

async function runBenchmarks(db: PrismaClient, url: string) {
  const { workspaceId } = await createUserWithWorkspace(db, { name: "Bench" });
  const seeds = productSeeds();
  await db.$executeRawUnsafe(
    `INSERT INTO "Product" (id, "workspaceId", asin, marketplace, "updatedAt")
     SELECT u.id, $1, u.asin, u.m::"Marketplace", now() FROM unnest($2::text[], $3::text[], $4::text[]) AS u(id, asin, m)`,
    workspaceId,
    seeds.map((s) => s.id),
    seeds.map((s) => s.asin),
    seeds.map((s) => s.marketplace),
  );
  const productIds = new Map(seeds.map((s) => [s.asin, s.id]));
  console.error(`bench: ${fmtInt(seeds.length)} products in ${MARKETPLACES.join(", ")}; chunk ${fmtInt(chunkSize)} readings`);

  // Warm-up (JIT, connection pool, plan cache) on one chunk, then start clean.
  {
    const gen = new ReadingGenerator(7);
    const first = gen.chunks(chunkSize).next().value!;
    for (const run of apifyRuns(gen, first.readings)) splitApifyItems({ ...run, marketplace: first.marketplace });
    await ingestReadings({ db, workspaceId, marketplace: first.marketplace, readings: first.readings });
    await plainInsert(db, workspaceId, productIds, first.readings.map((r: ProductReading) => ({ ...r, capturedAt: new Date(r.capturedAt.getTime() - 3600_000) })), first.versionTags);
  }

  const results: IngestRow[] = [];
  for (const n of readingCounts) {
    // a. ingestReadings end to end.
    await resetHistory(db);
    const gen = new ReadingGenerator();
    let normaliseMs = 0;
    let ingestMs = 0;
    let calls = 0;
    let stored = 0;
    const wallStart = performance.now();
    profiling = profile;
    for (const chunk of gen.chunks(n)) {
      // What the source hands over: one dataset per run, a marketplace's crawl at one time.
      const runs = apifyRuns(gen, chunk.readings);
      const t0 = performance.now();
      const readings = runs.flatMap((run) => splitApifyItems({ ...run, marketplace: chunk.marketplace }).readings);
      const t1 = performance.now();
      normaliseMs += t1 - t0;
      if (readings.length !== chunk.readings.length) throw new Error(`normalisation: ${readings.length} readings from ${chunk.readings.length} items`);
      const result = await ingestReadings({ db, workspaceId, marketplace: chunk.marketplace, readings });
      ingestMs += performance.now() - t1;
      stored += result.readingsStored;
      if (result.unknownAsins.length > 0) throw new Error(`unknown ASINs: ${result.unknownAsins.length}`);
      calls++;
      if (calls % 20 === 0) console.error(`  ingest ${fmtInt(n)}: ${fmtInt(stored)} stored, ${fmtS(ingestMs)} s`);
    }
    profiling = false;
    const wallMs = performance.now() - wallStart;
    const snapshots = await count(db, "Snapshot");
    const listingVersions = await count(db, "ListingVersion");
    if (snapshots !== n || stored !== n) throw new Error(`expected ${n} snapshots, have ${snapshots} (reported ${stored})`);
    const expectedVersions = Math.min(n, productCount) + gen.versionChanges;
    if (listingVersions !== expectedVersions) throw new Error(`expected ${expectedVersions} listing versions, have ${listingVersions}`);
    const staleProducts = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "Product" p WHERE p."lastReadingAt" IS DISTINCT FROM (SELECT max("capturedAt") FROM "Snapshot" s WHERE s."productId" = p.id)
         OR p."listingVersionId" IS DISTINCT FROM (SELECT "listingVersionId" FROM "Snapshot" s WHERE s."productId" = p.id ORDER BY "capturedAt" DESC LIMIT 1)`,
    );
    if (Number(staleProducts[0]!.n) !== 0) throw new Error(`${staleProducts[0]!.n} products with a latest state that is not their newest snapshot`);
    console.error(`bench: ingest ${fmtInt(n)} in ${fmtS(normaliseMs + ingestMs)} s (normalise ${fmtS(normaliseMs)} s, ingestReadings ${fmtS(ingestMs)} s; ${calls} calls, ${fmtInt(listingVersions)} listing versions; wall incl. generation ${fmtS(wallMs)} s)`);

    // b. Plain bulk writes of the same rows: one parameter array per column, and one JSON text.
    const plain = async (write: typeof plainInsert, label: string) => {
      await resetHistory(db);
      const g = new ReadingGenerator();
      let ms = 0;
      let rows = 0;
      const start = performance.now();
      for (const chunk of g.chunks(n)) {
        const t0 = performance.now();
        rows += await write(db, workspaceId, productIds, chunk.readings, chunk.versionTags);
        ms += performance.now() - t0;
      }
      const wall = performance.now() - start;
      if (rows !== n || (await count(db, "Snapshot")) !== n) throw new Error(`${label} wrote ${rows}, expected ${n}`);
      console.error(`bench: ${label} ${fmtInt(n)} in ${fmtS(ms)} s`);
      return { ms, generateMs: wall - ms };
    };
    const arrays = await plain(plainInsert, "plain insert (arrays)");
    const json = await plain(plainJsonInsert, "plain insert (JSON)");

    results.push({ n, calls, normaliseMs, ingestMs, generateMs: arrays.generateMs, plainMs: arrays.ms, plainJsonMs: json.ms, snapshots, listingVersions, plainRows: n });
  }

  // c. Naive loop on a subset, into an empty history (the most favourable case for it).
  let naive: { n: number; ms: number } | null = null;
  if (naiveCount > 0) {
    await resetHistory(db);
    const gen = new ReadingGenerator();
    let ms = 0;
    let done = 0;
    for (const chunk of gen.chunks(naiveCount)) {
      const t0 = performance.now();
      for (const r of chunk.readings) await naiveWrite(db, workspaceId, productIds, r);
      ms += performance.now() - t0;
      done += chunk.readings.length;
    }
    if ((await count(db, "Snapshot")) !== done) throw new Error("naive loop: snapshot count mismatch");
    naive = { n: done, ms };
    console.error(`bench: naive loop ${fmtInt(done)} in ${fmtS(ms)} s`);
  }

  // d. Calls the size of one Apify run (what the crawl pipeline makes, one per batch): the
  // fixed cost per call (a dozen statements and a commit) weighs more than in big calls.
  let batched: { n: number; ms: number; calls: number } | null = null;
  if (batchReadings > 0) {
    await resetHistory(db);
    const gen = new ReadingGenerator();
    let ms = 0;
    let calls = 0;
    for (const chunk of gen.chunks(batchReadings, batchSize)) {
      const t0 = performance.now();
      await ingestReadings({ db, workspaceId, marketplace: chunk.marketplace, readings: chunk.readings });
      ms += performance.now() - t0;
      calls++;
    }
    if ((await count(db, "Snapshot")) !== batchReadings) throw new Error("batched run: snapshot count mismatch");
    batched = { n: batchReadings, ms, calls };
    console.error(`bench: ingest ${fmtInt(batchReadings)} in calls of ${fmtInt(batchSize)} in ${fmtS(ms)} s`);
  }

  await report(db, url, results, naive, batched);
}

// ---------------------------------------------------------------------------------------------
// Report

async function report(
  db: PrismaClient,
  _url: string,
  results: IngestRow[],
  naive: { n: number; ms: number } | null,
  batched: { n: number; ms: number; calls: number } | null,
) {
  const pgVersion = (await db.$queryRawUnsafe<{ version: string }[]>(`SELECT version()`))[0]!.version;
  const settings = await db.$queryRawUnsafe<{ name: string; setting: string; unit: string | null }[]>(
    `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'synchronous_commit', 'fsync', 'max_wal_size', 'work_mem') ORDER BY name`,
  );
  let nproc = String(os.availableParallelism());
  try {
    nproc = execSync("nproc", { encoding: "utf8" }).trim();
  } catch {
    /* keep os.availableParallelism() */
  }
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const memGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const load = `load average ${loadAtStart.toFixed(1)} at start, ${os.loadavg()[0]!.toFixed(1)} at end (1-min; other processes on the machine compete for the ${os.availableParallelism()} cores)`;
  const settingText = settings.map((s) => `${s.name}=${s.setting}${s.unit ? ` (${s.unit})` : ""}`).join(", ");

  const rate = (n: number, ms: number) => n / (ms / 1000);
  const lines: string[] = [];
  lines.push(`| Write | Readings | Readings per call | Seconds | Readings/s | Time vs plain bulk |`);
  lines.push(`|---|---:|---:|---:|---:|---:|`);
  // Compared with the faster of the two plain writes of the same run.
  const fastestPlain = (r: IngestRow) => Math.min(r.plainMs, r.plainJsonMs);
  for (const r of results) {
    const vs = (ms: number) => `${(ms / fastestPlain(r)).toFixed(2)}×`;
    const total = r.normaliseMs + r.ingestMs;
    lines.push(`| **Ingest**: Apify items → normalise → \`ingestReadings\` (snapshots, listing versions, latest state, anomaly and group-alert detection, outbox) | ${fmtInt(r.n)} | ${fmtInt(chunkSize)} | **${fmtS(total)}** | ${fmtInt(rate(r.n, total))} | ${vs(total)} |`);
    lines.push(`| … of which normalising the items (\`splitApifyItems\`: zod validation, join on the asked ASIN, \`normaliseApifyItem\`) | ${fmtInt(r.n)} | ${fmtInt(chunkSize)} | ${fmtS(r.normaliseMs)} | ${fmtInt(rate(r.n, r.normaliseMs))} | – |`);
    lines.push(`| … of which \`ingestReadings\` | ${fmtInt(r.n)} | ${fmtInt(chunkSize)} | ${fmtS(r.ingestMs)} | ${fmtInt(rate(r.n, r.ingestMs))} | ${vs(r.ingestMs)} |`);
    lines.push(`| Plain bulk \`INSERT … SELECT FROM unnest\` (same snapshot rows, one array per column) | ${fmtInt(r.n)} | ${fmtInt(chunkSize)} | ${fmtS(r.plainMs)} | ${fmtInt(rate(r.n, r.plainMs))} | ${vs(r.plainMs)} |`);
    lines.push(`| Plain bulk \`INSERT … SELECT FROM json_to_recordset\` (same snapshot rows, one JSON text) | ${fmtInt(r.n)} | ${fmtInt(chunkSize)} | ${fmtS(r.plainJsonMs)} | ${fmtInt(rate(r.n, r.plainJsonMs))} | ${vs(r.plainJsonMs)} |`);
  }
  const largestPlain = results.at(-1);
  if (naive) {
    const naiveRate = rate(naive.n, naive.ms);
    for (const r of results) {
      const extrapolatedMs = (r.n / naiveRate) * 1000;
      lines.push(`| Naive loop: \`snapshot.upsert\` + \`product.update\` per reading — **extrapolated** from ${fmtInt(naive.n)} measured | ${fmtInt(r.n)} | 1 | ~${fmtS(extrapolatedMs)} | ${fmtInt(naiveRate)} | ${(extrapolatedMs / fastestPlain(r)).toFixed(1)}× |`);
    }
    if (results.length === 0) lines.push(`| Naive loop (measured) | ${fmtInt(naive.n)} | 1 | ${fmtS(naive.ms)} | ${fmtInt(naiveRate)} | – |`);
  }

  if (batched) {
    lines.push(`| \`ingestReadings\` in calls the size of one Apify run (already-normalised readings) | ${fmtInt(batched.n)} | ${fmtInt(batchSize)} | ${fmtS(batched.ms)} | ${fmtInt(rate(batched.n, batched.ms))} | – |`);
  }

  const targets: string[] = [];
  const million = results.find((r) => r.n === 1_000_000);
  if (million) {
    const s = (million.normaliseMs + million.ingestMs) / 1000;
    const ratio = (million.normaliseMs + million.ingestMs) / fastestPlain(million);
    targets.push(`- 1,000,000 readings normalised, stored, checked for anomalies and latest state updated in under 60 s: **${s < 60 ? "met" : "NOT met"}** (${s.toFixed(1)} s).`);
    targets.push(`- Within 3× of the plain bulk write (the faster of the two): **${ratio <= 3 ? "met" : "NOT met"}** (${ratio.toFixed(2)}×).`);
  } else {
    targets.push(`- The 1,000,000-reading run was not part of this run (BENCH_READINGS=${readingCounts.join(",")}); targets not evaluated.`);
  }
  for (const r of results) {
    targets.push(`- ${fmtInt(r.n)}: ${r.calls} calls, ${fmtInt(r.listingVersions)} listing versions opened; reading generation (excluded from all timings) took ${fmtS(r.generateMs)} s.`);
  }
  if (batched) targets.push(`- In calls of ${fmtInt(batchSize)} (one Apify run each, the crawl pipeline's default batch) ingest costs ${(batched.ms / batched.calls).toFixed(1)} ms per call on average (${fmtInt(batched.calls)} calls); large crawls are faster in fewer, larger calls.`);
  if (largestPlain && naive) targets.push(`- Naive loop rate measured over ${fmtInt(naive.n)} readings (${fmtS(naive.ms)} s) and extrapolated linearly; in reality it slows as the tables grow.`);

  let profileLines: string[] = [];
  if (profile && statementTimes.size > 0) {
    const total = [...statementTimes.values()].reduce((a, s) => a + s.ms, 0);
    profileLines = [
      "",
      `Per-statement time inside \`ingestReadings\` (Prisma query events, BENCH_PROFILE=1, all runs together):`,
      "",
      "| Statement | Calls | Total ms | Share |",
      "|---|---:|---:|---:|",
      ...[...statementTimes.values()].sort((a, b) => b.ms - a.ms).map((s) => `| ${s.label} | ${s.calls} | ${fmtInt(s.ms)} | ${((s.ms / total) * 100).toFixed(1)}% |`),
    ];
  }

  const table = lines.join("\n");
  console.log(`\n${load}\n\n${table}\n\n${targets.join("\n")}${profileLines.length ? `\n${profileLines.join("\n")}` : ""}\n`);

  if (!writeDocs) return;
  const section = [
    "## Ingest (PostgreSQL)",
    "",
    "`npm run bench` (`bench/ingest.bench.ts`): a fresh PostgreSQL database, " +
      `${fmtInt(productCount)} products across ${MARKETPLACES.length} marketplaces (${MARKETPLACES.join(", ")}), one reading per product per crawl ` +
      "at distinct capture times (so 1,000,000 readings = 100 crawls), deterministic data with ~15% price changes, ~1% title changes per crawl " +
      "(each opens a listing version) and ~3–6% out of stock. `ingestReadings` runs per marketplace in calls of " +
      `${fmtInt(chunkSize)} readings (${Math.max(1, Math.round(chunkSize / perMarketplace))} consecutive crawls of one marketplace per call); the plain bulk writes insert the ` +
      "same snapshot rows and columns with one `INSERT … SELECT FROM unnest(…)` (one array parameter per column) or one " +
      "`INSERT … SELECT FROM json_to_recordset(…)` (one JSON text, the input path `ingestReadings` uses) per chunk through the same Prisma client " +
      "into an emptied table (no `ON CONFLICT`, no listing versions, no latest-state update, no detection); the ratio is against the faster of " +
      "the two. The ingest starts from Apify-style dataset items (one per run, i.e. per marketplace and capture time), which are " +
      "normalised and then stored; generating the readings and the items is excluded, everything else is timed. Tables are " +
      "truncated and vacuumed before each measured run.",
    "",
    `Machine: ${nproc} cores (${cpu}), ${memGiB} GiB RAM, Node ${process.version}, ${pgVersion}; ${settingText}. Run ${date}, ${load}.`,
    "",
    table,
    "",
    ...targets,
    ...profileLines,
  ].join("\n");
  writeDocsSection("ingest", section);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
