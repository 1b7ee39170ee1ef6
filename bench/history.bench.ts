// Benchmark: loading a product's history for the product page (query + gaps + downsampling),
// in a workspace of N products × 365 daily readings, with one product holding two years (730).
// PostgreSQL (when reachable) and PGlite (in memory). Writes docs/benchmarks.md's section.
//   npm run bench:history            sizes 100 and 1000 products
//   BENCH_SIZES=100,1000,10000 BENCH_PGLITE_SIZES=100,1000 npm run bench:history
import { writeDocsSection } from "./support/docs-section";
import crypto from "node:crypto";
import os from "node:os";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getProductHistory } from "@/lib/history/get-product-history";
import type { HistoryRange } from "@/lib/history/ranges";
import { adminQuery, databaseUrlFor, isPostgresReachable } from "../tests/support/postgres";

const sizes = (process.env.BENCH_SIZES ?? "100,1000").split(",").map(Number);
// 10,000 products × 365 days in in-memory PGlite needs several GB; it can be limited separately.
const pgliteSizes = (process.env.BENCH_PGLITE_SIZES ?? sizes.join(",")).split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 30);
const targetMs = 30;
const warmups = 10;
const now = new Date("2026-06-30T12:00:00Z");
const workspaceId = "bench-ws";
const longProductId = "bench-p-1";

type Target = { kind: "pglite" | "postgres"; db: Db; exec: (sql: string) => Promise<void>; close: () => Promise<void> };

async function openPglite(): Promise<Target> {
  const pglite = new PGlite();
  await applyMigrations({ kind: "pglite", db: pglite });
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return { kind: "pglite", db, exec: async (sql) => void (await pglite.exec(sql)), close: async () => { await db.$disconnect(); await pglite.close(); } };
}

async function openPostgres(): Promise<Target> {
  const name = `asinradar_bench_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = databaseUrlFor(name);
  await applyMigrations({ kind: "postgres", connectionString: url });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  return {
    kind: "postgres",
    db,
    exec: async (sql) => void (await pool.query(sql)),
    close: async () => { await db.$disconnect(); await pool.end(); await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); },
  };
}

// Generated in SQL so seeding 3.65 M readings takes seconds, not the app's ingest path.
async function seed(t: Target, products: number) {
  const ts = `'${now.toISOString()}'::timestamptz`;
  await t.exec(`INSERT INTO "Workspace" (id, name, "updatedAt") VALUES ('${workspaceId}', 'Bench', now())`);
  await t.exec(`INSERT INTO "Product" (id, "workspaceId", asin, marketplace, currency, "updatedAt")
    SELECT 'bench-p-' || g, '${workspaceId}', 'B0' || lpad(g::text, 8, '0'), 'US'::"Marketplace", 'USD', now() FROM generate_series(1, ${products}) g`);
  const snapshot = (p: string, from: number, to: number) => `INSERT INTO "Snapshot"
    ("productId", "workspaceId", "capturedAt", currency, price, "buyBoxPrice", "listPrice", bsr, "bsrCategory", rating, "reviewCount", "inStock")
    SELECT 'bench-p-' || p, '${workspaceId}', ${ts} - d * interval '1 day', 'USD',
      round((20 + 5 * sin(p + d / 10.0))::numeric, 2), round((20 + 5 * sin(p + d / 9.0))::numeric, 2), 29.99,
      (2000 + 1500 * cos(p + d / 7.0))::int, 'Electronics', 4.3, 1000 + 730 - d, true
    FROM ${p}, generate_series(${from}, ${to}) d`;
  for (let start = 1; start <= products; start += 250) {
    const end = Math.min(products, start + 249);
    await t.exec(snapshot(`generate_series(${start}, ${end}) p`, 0, 364));
  }
  await t.exec(snapshot("(SELECT 1 AS p) one", 365, 729));
  await t.exec(`ANALYZE`);
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < warmups; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

type Result = { kind: string; products: number; range: HistoryRange; readings: number; points: number; ms: number };

async function measure(t: Target, products: number): Promise<Result[]> {
  const results: Result[] = [];
  for (const [productId, range] of [[longProductId, "all"], [longProductId, "1y"], ["bench-p-2", "90d"]] as const) {
    const load = () => getProductHistory({ db: t.db, workspaceId, productId, range, now });
    const sample = await load();
    results.push({ kind: t.kind, products, range, readings: sample.readings, points: sample.price.length, ms: await median(load) });
  }
  return results;
}

async function main() {
  const kinds: Array<() => Promise<Target>> = [openPglite];
  if (await isPostgresReachable()) kinds.unshift(openPostgres);
  else console.warn("PostgreSQL not reachable: PGlite only.");
  const results: Result[] = [];
  for (const open of kinds) {
    for (const products of open === openPglite ? pgliteSizes : sizes) {
      const t = await open();
      try {
        const seeded = performance.now();
        await seed(t, products);
        console.log(`${t.kind}: seeded ${products} products × 365 days in ${Math.round(performance.now() - seeded)} ms`);
        for (const r of await measure(t, products)) {
          results.push(r);
          console.log(`${r.kind} ${r.products} products, range ${r.range}: ${r.readings} readings → ${r.points} points, median ${r.ms.toFixed(1)} ms`);
        }
      } finally {
        await t.close();
      }
    }
  }
  await writeSection(results);
}

async function writeSection(results: Result[]) {
  const rows = results.map(
    (r) => `| ${r.kind} | ${r.products.toLocaleString("en")} | ${r.range} | ${r.readings} | ${r.points} | ${r.ms.toFixed(1)} | ${r.ms < targetMs ? "yes" : "**no**"} |`,
  );
  const section = [
    "## Product history (product page charts)",
    "",
    `\`npm run bench:history\` on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? "unknown"}), Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the end (the machine was shared).`,
    `One product's history as the product page loads it (\`getProductHistory\`: workspace-scoped product lookup, range scan on`,
    "`Snapshot(productId, capturedAt)`, gap detection, extreme-keeping downsampling to ≤ 400 points per chart), in a workspace",
    `of N products × 365 daily readings where one product has two years (730 readings). Median of ${runs} runs after ${warmups} warm-ups;`,
    `target < ${targetMs} ms. PGlite runs in memory in the same process; PostgreSQL 15 on localhost through \`@prisma/adapter-pg\`.`,
    "",
    "| Database | Products | Range | Readings | Price chart points | Median ms | < 30 ms |",
    "|---|---:|---|---:|---:|---:|---|",
    ...rows,
  ].join("\n");
  writeDocsSection("history", section);
}

await main();
