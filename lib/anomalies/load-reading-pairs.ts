import type { Db } from "@/lib/db/client";
import type { Thresholds } from "./thresholds";
import type { DetectionReading, ReadingPair } from "./types";

export type NewReading = { productId: string; capturedAt: Date };
export type LoadedPair = ReadingPair & { productThresholds: unknown };

// One statement for a whole ingest: each new snapshot joined to the product's previous
// snapshot (snapshots are only ever written for good reads, so "previous" is the last good
// one, however many failed reads came in between), found through the (productId, capturedAt)
// unique index, plus both listing versions. Pairs where nothing crosses a threshold or changed
// state are dropped in the database, so only candidate rows travel to the rules.
const pairsSql = () => `
WITH n AS (SELECT DISTINCT pid, at FROM unnest($2::text[], $3::timestamp[]) AS u(pid, at))
SELECT p.id AS "productId", p.kind::text AS "productKind", p."alertThresholds" AS "productThresholds",
       ${columns("c", "lc", "c_")},
       ${columns("b", "lb", "b_")}
FROM n
JOIN "Product" p ON p.id = n.pid AND p."workspaceId" = $1
JOIN "Snapshot" c ON c."productId" = n.pid AND c."capturedAt" = n.at
JOIN LATERAL (
  SELECT * FROM "Snapshot" s WHERE s."productId" = c."productId" AND s."capturedAt" < c."capturedAt"
  ORDER BY s."capturedAt" DESC LIMIT 1
) b ON true
LEFT JOIN "ListingVersion" lc ON lc.id = c."listingVersionId"
LEFT JOIN "ListingVersion" lb ON lb.id = b."listingVersionId"
WHERE ${changed("price", "priceChangePercent", "$4")} OR ${changed('"buyBoxPrice"', "buyBoxPriceChangePercent", "$5")}
   OR ${changed("bsr", "bsrChangePercent", "$6")} OR b.rating - c.rating >= ${threshold("ratingDrop", "$7", 5)} - 1e-6 OR c."reviewCount" < b."reviewCount"
   OR c."inStock" IS DISTINCT FROM b."inStock"
   OR c."buyBoxSellerId" IS DISTINCT FROM b."buyBoxSellerId" OR c."buyBoxSellerName" IS DISTINCT FROM b."buyBoxSellerName"
   OR c."listingVersionId" IS DISTINCT FROM b."listingVersionId"
ORDER BY p.id, c."capturedAt"`;

// The threshold that applies, in SQL: the product's override when it is a valid number (the
// same ranges lib/anomalies/thresholds.ts accepts), else the workspace value. This is only a
// prefilter: the rules re-check exactly, so it must let through everything that may fire.
function threshold(name: string, param: string, max: number) {
  const v = `p."alertThresholds"->'${name}'`;
  return `(CASE WHEN jsonb_typeof(${v}) = 'number' AND (${v})::text::float8 BETWEEN 0.1 AND ${max} THEN (${v})::text::float8 ELSE ${param}::float8 END)`;
}
function changed(column: string, name: string, param: string) {
  return `(b.${column} > 0 AND abs(c.${column} - b.${column})::float8 / b.${column} >= ${threshold(name, param, 1000)} / 100 - 1e-6)`;
}

function columns(s: string, lv: string, prefix: string): string {
  return [
    `${s}.id::text AS "${prefix}id"`,
    `${s}."capturedAt" AS "${prefix}at"`,
    `${s}.currency AS "${prefix}currency"`,
    `${s}.price::float8 AS "${prefix}price"`,
    `${s}."buyBoxPrice"::float8 AS "${prefix}buyBoxPrice"`,
    `${s}.bsr AS "${prefix}bsr"`,
    `${s}."bsrCategory" AS "${prefix}bsrCategory"`,
    `${s}.rating::float8 AS "${prefix}rating"`,
    `${s}."reviewCount" AS "${prefix}reviewCount"`,
    `${s}."inStock" AS "${prefix}inStock"`,
    `${s}."availabilityText" AS "${prefix}availabilityText"`,
    `${s}."buyBoxSellerId" AS "${prefix}sellerId"`,
    `${s}."buyBoxSellerName" AS "${prefix}sellerName"`,
    // Listing content only when the versions differ: the common case carries no text.
    `CASE WHEN c."listingVersionId" IS DISTINCT FROM b."listingVersionId" THEN ${lv}.id END AS "${prefix}lvId"`,
    `${lv}.title AS "${prefix}title"`,
    `${lv}.brand AS "${prefix}brand"`,
    `CASE WHEN c."listingVersionId" IS DISTINCT FROM b."listingVersionId" THEN ${lv}.bullets END AS "${prefix}bullets"`,
    `CASE WHEN c."listingVersionId" IS DISTINCT FROM b."listingVersionId" THEN ${lv}.images END AS "${prefix}images"`,
  ].join(", ");
}

type Row = Record<string, unknown>;

function reading(row: Row, prefix: string): DetectionReading {
  const v = <T>(name: string) => row[`${prefix}${name}`] as T;
  const lvId = v<string | null>("lvId");
  return {
    snapshotId: v<string>("id"),
    capturedAt: new Date(v<Date | string>("at")),
    currency: v<string>("currency"),
    price: v<number | null>("price"),
    buyBoxPrice: v<number | null>("buyBoxPrice"),
    bsr: v<number | null>("bsr"),
    bsrCategory: v<string | null>("bsrCategory"),
    rating: v<number | null>("rating"),
    reviewCount: v<number | null>("reviewCount"),
    inStock: v<boolean | null>("inStock"),
    availabilityText: v<string | null>("availabilityText"),
    sellerId: v<string | null>("sellerId"),
    sellerName: v<string | null>("sellerName"),
    listing: lvId
      ? { versionId: lvId, title: v("title"), brand: v("brand"), bullets: v<string[] | null>("bullets") ?? [], images: v<string[] | null>("images") ?? [] }
      : null,
  };
}

/** The (new, previous good) reading pairs of an ingest that differ in anything a rule checks. */
export async function loadReadingPairs(db: Db, workspaceId: string, readings: NewReading[], defaults: Thresholds): Promise<LoadedPair[]> {
  if (readings.length === 0) return [];
  const rows = await db.$queryRawUnsafe<Row[]>(
    pairsSql(),
    workspaceId,
    readings.map((r) => r.productId),
    readings.map((r) => r.capturedAt),
    defaults.priceChangePercent,
    defaults.buyBoxPriceChangePercent,
    defaults.bsrChangePercent,
    defaults.ratingDrop,
  );
  return rows.map((row) => ({
    productId: row.productId as string,
    productKind: row.productKind === "own" ? "own" : "competitor",
    productThresholds: row.productThresholds,
    previous: reading(row, "b_"),
    current: reading(row, "c_"),
  }));
}
