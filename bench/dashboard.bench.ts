// Dashboard data loading benchmark: a workspace of N products with D days of daily history,
// in PGlite and in PostgreSQL; times the dashboard's first screen (summary cards + one page
// of the product list with sparklines and change badges) and writes docs/benchmarks.md.
//
//   npm run bench:dashboard                      # 100 / 1,000 / 10,000 products
//   BENCH_SIZES=1000 BENCH_RUNS=30 npm run bench:dashboard
//   BENCH_DAYS_10000=180 ...                     # fewer days for the largest size
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DbClient as Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { listParamsSchema } from "@/lib/products/list-params";
import { loadDashboardSummary } from "@/lib/dashboard/load-dashboard-summary";
import { loadProductList } from "@/lib/products/list-products";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ingestReadings } from "@/lib/crawl/complete-crawl-run";
import { addProducts } from "@/lib/products/add-products";
import { syntheticReading } from "../tests/support/synthetic-readings";
import { writeDocsSection } from "./support/docs-section";
import { median } from "./support/median";

const sizes = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
const days = Number(process.env.BENCH_DAYS ?? 365);
const daysFor = (size: number) => Number(process.env[`BENCH_DAYS_${size}`] ?? days);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const pgUrl = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const now = new Date();
const DAY = 86_400_000;

type Target = { kind: "pglite" | "postgres"; db: Db; close: () => Promise<void>; refresh: () => Promise<void> };

async function openPglite(): Promise<Target> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "asinradar-bench-"));
  let pglite = new PGlite(dir);
  await applyMigrations({ kind: "pglite", db: pglite });
  const target: Target = {
    kind: "pglite",
    db: new PrismaClient({ adapter: new PrismaPGlite(pglite) }),
    close: async () => { await target.db.$disconnect(); await pglite.close(); fs.rmSync(dir, { recursive: true, force: true }); },
    // PGlite's WASM heap keeps growing over many large bulk statements in one instance (it
    // stalled near 2 GB after ~45 chunks of 20,000 readings); reopening the folder resets it.
    refresh: async () => {
      await target.db.$disconnect();
      await pglite.close();
      pglite = new PGlite(dir);
      target.db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    },
  };
  return target;
}

async function openPostgres(): Promise<Target> {
  const name = `asinradar_bench_${crypto.randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => { const c = new pg.Client({ connectionString: pgUrl }); await c.connect(); await c.query(sql).finally(() => c.end()); };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  await applyMigrations({ kind: "postgres", connectionString: url.toString() });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
  return { kind: "postgres", db, close: async () => { await db.$disconnect(); await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); }, refresh: async () => undefined };
}

/** N products with a deterministic random walk of price, rank, stock, and a few failing. */
async function seed(target: Target, size: number, historyDays: number) {
  let db = target.db;
  const ws = await db.workspace.create({ data: { name: `bench ${size}`, productLimit: size }, select: { id: true } });
  const unique = Array.from({ length: size }, (_, i) => `B${String(i).padStart(9, "0")}`);
  for (let i = 0; i < size; i += 1000) {
    await addProducts({ db, workspaceId: ws.id, items: unique.slice(i, i + 1000).map((asin, k) => ({ line: i + k, asin, marketplace: "US", kind: k % 5 === 0 ? "own" : "competitor", tags: [`tag${k % 7}`] })) });
  }
  const perChunk = Math.max(1, Math.floor(20_000 / historyDays));
  const started = Date.now();
  for (let i = 0, chunk = 0; i < size; i += perChunk, chunk++) {
    // Every 20 chunks: a fresh PGlite instance (see refresh) and ANALYZE, which PostgreSQL's
    // autovacuum would run on its own while a table grows and PGlite never does.
    if (chunk % 20 === 0) {
      await target.refresh();
      db = target.db;
      await db.$executeRawUnsafe("ANALYZE");
    }
    const readings = unique.slice(i, i + perChunk).flatMap((asin, k) => {
      const seed = i + k;
      return Array.from({ length: historyDays }, (_, d) => {
        const wave = Math.sin((seed + d) / 9);
        const out = (seed + d) % 97 < 3;
        return syntheticReading(asin, "US", new Date(now.getTime() - (historyDays - 1 - d) * DAY - (seed % 600) * 60_000), {
          title: `Bench product ${seed} wireless`,
          price: out ? null : Math.round((20 + (seed % 50) + wave * 3) * 100) / 100,
          bsr: 100 + ((seed * 37) % 50_000) + Math.round(wave * 40),
          inStock: !out,
          reviewCount: 10 + seed + d,
        });
      });
    });
    const t0 = Date.now();
    await ingestReadings({ db, workspaceId: ws.id, marketplace: "US", readings });
    if (process.env.BENCH_VERBOSE) console.error(`  ${i + perChunk}/${size} products: ${readings.length} readings in ${Date.now() - t0} ms`);
  }
  await db.$executeRawUnsafe("ANALYZE");
  const failing = unique.filter((_, i) => i % 50 === 0).map((asin) => ({ asin, reason: "missing" as const, detail: "" }));
  await ingestReadings({ db, workspaceId: ws.id, marketplace: "US", readings: [], failures: failing, failedAt: new Date(now.getTime() + 1000) });
  return { workspaceId: ws.id, seedSeconds: (Date.now() - started) / 1000 };
}

async function time(fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn(); // warm-up: connection, plan cache, buffers
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const rows: string[] = [];
for (const kind of ["pglite", "postgres"] as const) {
  for (const size of sizes) {
    const target = kind === "pglite" ? await openPglite() : await openPostgres();
    try {
      const historyDays = daysFor(size);
      const { workspaceId, seedSeconds } = await seed(target, size, historyDays);
      const snapshots = await target.db.snapshot.count({ where: { workspaceId } });
      const firstScreen = (params: Record<string, string>) => () =>
        Promise.all([
          loadDashboardSummary({ db: target.db, workspaceId, now }),
          loadProductList({ db: target.db, workspaceId, params: listParamsSchema.parse(params), now }),
        ]);
      const dashboard = await time(firstScreen({}));
      const sorted = await time(firstScreen({ sort: "bsr", page: "2" }));
      const hundred = await time(firstScreen({ size: "100" }));
      const search = await time(firstScreen({ q: "wireless", stock: "in", sort: "price", dir: "desc" }));
      const summary = await time(() => loadDashboardSummary({ db: target.db, workspaceId, now }));
      const line = `| ${kind} | ${size.toLocaleString("en")} | ${historyDays} | ${snapshots.toLocaleString("en")} | ${dashboard.toFixed(1)} | ${sorted.toFixed(1)} | ${hundred.toFixed(1)} | ${search.toFixed(1)} | ${summary.toFixed(1)} | ${seedSeconds.toFixed(0)} s |`;
      console.log(line);
      rows.push(line);
    } finally {
      await target.close();
    }
  }
}

writeDocsSection(
  "dashboard",
  [
    "## Dashboard data loading",
    "",
    `\`npm run bench:dashboard\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} (${new Date().toISOString().slice(0, 10)}), Node ${process.version}.`,
    `One workspace of N products (one marketplace), a reading per product per day, ~3 % of days out of stock, 2 % of products failing.`,
    `Times are the median of ${runs} runs after 3 warm-up runs, in milliseconds, for the dashboard's first screen: summary cards`,
    "(one query) and one page of the product list with 30-day sparklines and 1-day / 7-day change badges (five set-based queries),",
    "run together as the page does. Target: under 150 ms at 1,000 products × 365 days.",
    "",
    "- *default*: newest first, 25 per page",
    "- *BSR, page 2*: sorted by BSR, second page of 25",
    "- *100 per page*: newest first, 100 rows (200 sparklines)",
    "- *search + filter*: title search, in stock only, sorted by price (descending)",
    "",
    "Seeding goes through `ingestReadings` in chunks of ~20,000 readings and runs `ANALYZE` every 20 chunks (PGlite has no",
    "autovacuum), and reopens the PGlite folder every 20 chunks: in one long-lived PGlite instance the seeding stalled at",
    "~2,500 products (~900,000 readings, process at ~2 GB) — noticed here, not investigated further. The dashboard's queries were also checked without",
    "statistics at 1,000 products (PGlite: summary 13–17 ms, page 18–31 ms): their snapshot lookups go through the",
    "(productId, capturedAt) index whatever the planner knows.",
    "",
    "| database | products | days | snapshots | default | BSR, page 2 | 100 per page | search + filter | summary alone | seeding |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    "The machine was shared with other test and benchmark runs, so single cells are noisy. At 10,000 products the",
    "summary cards dominate: \"price moves today\" is one index lookup per product.",
  ].join("\n"),
);
