import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { FailedRead, ProductReading } from "@/lib/sources/types";
import { detectAnomalies } from "@/lib/anomalies/detect-anomalies";
import { detectGroupAlerts } from "@/lib/groups/detect-group-alerts";
import { listingHash } from "./listing-hash";

export type IngestResult = {
  readingsStored: number;
  listingVersionsCreated: number;
  unknownAsins: string[];
  /** Anomalies this ingest detected (new rows only), each with its pending deliveries. */
  anomalyIds: string[];
};

type ProductRow = { id: string; asin: string; listingHash: string | null; listingVersionId: string | null; lastReadingAt: Date | null };

// Writes one crawl's readings for one workspace and marketplace in a handful of set-based
// statements (no per-row round trips). Append-only and idempotent: snapshots are unique per
// product and capture time, so ingesting the same readings again stores nothing new, and the
// latest state on the product only ever moves forward in time.
export async function ingestReadings({
  db,
  workspaceId,
  marketplace,
  crawlRunId,
  readings,
  failures = [],
  failedAt,
}: {
  db: Db;
  workspaceId: string;
  marketplace: MarketplaceCode;
  crawlRunId?: string | null;
  readings: ProductReading[];
  failures?: FailedRead[];
  failedAt?: Date;
}): Promise<IngestResult> {
  return db.$transaction(
    async (tx) => {
      const asins = [...new Set([...readings.map((r) => r.asin), ...failures.map((f) => f.asin)])];
      const products = await tx.$queryRawUnsafe<ProductRow[]>(
        `SELECT id, asin, "listingHash", "listingVersionId", "lastReadingAt" FROM "Product"
         WHERE "workspaceId" = $1 AND marketplace = $2 AND asin = ANY($3::text[])`,
        workspaceId,
        marketplace,
        asins,
      );
      const byAsin = new Map(products.map((p) => [p.asin, p]));
      const known = readings.filter((r) => byAsin.has(r.asin)).sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());
      const unknownAsins = readings.filter((r) => !byAsin.has(r.asin)).map((r) => r.asin);

      const versions = planListingVersions(known, byAsin);
      if (versions.rows.length > 0) await insertListingVersions(tx as Db, workspaceId, versions.rows);
      const readingsStored = known.length > 0 ? await insertSnapshots(tx as Db, workspaceId, crawlRunId ?? null, known, byAsin, versions.versionFor) : 0;
      // Readings that move a product forward in time. Only the newest of them per product
      // can become its latest state; detection looks at all of them. History re-ingested
      // behind the latest reading raises no alerts about the past, and a replayed crawl finds
      // nothing new to say.
      const forward = known.filter((r) => {
        const last = byAsin.get(r.asin)!.lastReadingAt;
        return !last || r.capturedAt > last;
      });
      const newest = new Map(forward.map((r) => [r.asin, r]));
      if (newest.size > 0) await updateLatestState(tx as Db, workspaceId, [...newest.values()], byAsin, versions.versionFor);
      if (failures.length > 0) await recordFailures(tx as Db, workspaceId, marketplace, failures, failedAt ?? new Date());

      const detection = await detectAnomalies({
        db: tx as Db,
        workspaceId,
        readings: forward.map((r) => ({ productId: byAsin.get(r.asin)!.id, capturedAt: r.capturedAt })),
      });

      // Group-relative alerts (competitor undercut, BSR overtake, review surge) for the groups
      // these readings touch, with the same outbox.
      const groupAlerts = await detectGroupAlerts({
        db: tx as Db,
        workspaceId,
        productIds: [...new Set(forward.map((r) => byAsin.get(r.asin)!.id))],
      });

      return {
        readingsStored,
        listingVersionsCreated: versions.rows.length,
        unknownAsins,
        anomalyIds: [...detection.anomalies, ...groupAlerts].map((a) => a.id),
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

type VersionRow = { id: string; productId: string; hash: string; firstSeenAt: Date; reading: ProductReading };

// Walks each product's readings in time order from its current listing and starts a new
// version whenever the content hash differs from the one before it.
function planListingVersions(readings: ProductReading[], byAsin: Map<string, ProductRow>) {
  const current = new Map<string, { hash: string | null; versionId: string | null; since: Date | null }>();
  const rows: VersionRow[] = [];
  const versionFor = new Map<ProductReading, string | null>();
  for (const r of readings) {
    const product = byAsin.get(r.asin)!;
    const state = current.get(product.id) ?? { hash: product.listingHash, versionId: product.listingVersionId, since: product.lastReadingAt };
    const hash = listingHash(r.listing);
    // A reading older than the product's latest state is history being re-ingested: it
    // must not open a version that the newer state has already moved past.
    const isNewer = !state.since || r.capturedAt > state.since;
    if (hash !== state.hash && isNewer) {
      const id = deterministicVersionId(product.id, r.capturedAt);
      rows.push({ id, productId: product.id, hash, firstSeenAt: r.capturedAt, reading: r });
      state.hash = hash;
      state.versionId = id;
    }
    if (isNewer) state.since = r.capturedAt;
    current.set(product.id, state);
    versionFor.set(r, state.versionId);
  }
  return { rows, versionFor };
}

// Same product and time → same id, so a re-run that races a first run converges.
function deterministicVersionId(productId: string, at: Date): string {
  return `lv_${crypto.createHash("sha1").update(`${productId}|${at.toISOString()}`).digest("hex").slice(0, 24)}`;
}

async function insertListingVersions(tx: Db, workspaceId: string, rows: VersionRow[]) {
  await tx.$executeRawUnsafe(
    `INSERT INTO "ListingVersion" (id, "productId", "workspaceId", "contentHash", "firstSeenAt", title, brand, bullets, images, "categoryPath")
     SELECT u.id, u.pid, $1, u.hash, u.at, u.title, u.brand,
            ARRAY(SELECT jsonb_array_elements_text(u.bullets)), ARRAY(SELECT jsonb_array_elements_text(u.images)),
            ARRAY(SELECT jsonb_array_elements_text(u.cats))
     FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamp[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[], $10::jsonb[])
          AS u(id, pid, hash, at, title, brand, bullets, images, cats)
     ON CONFLICT ("productId", "firstSeenAt") DO NOTHING`,
    workspaceId,
    rows.map((r) => r.id),
    rows.map((r) => r.productId),
    rows.map((r) => r.hash),
    rows.map((r) => r.firstSeenAt),
    rows.map((r) => r.reading.listing.title),
    rows.map((r) => r.reading.listing.brand),
    rows.map((r) => JSON.stringify(r.reading.listing.bullets)),
    rows.map((r) => JSON.stringify(r.reading.listing.images)),
    rows.map((r) => JSON.stringify(r.reading.listing.categoryPath)),
  );
}

const readingColumns = (readings: ProductReading[], byAsin: Map<string, ProductRow>, versionFor: Map<ProductReading, string | null>) => [
  readings.map((r) => byAsin.get(r.asin)!.id),
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
  readings.map((r) => versionFor.get(r) ?? null),
];

const readingTypes = ["text", "timestamp", "boolean", "text", "numeric", "numeric", "numeric", "int", "text", "jsonb",
  "numeric", "int", "boolean", "text", "text", "text", "text"];

/** `unnest($n::text[], ...) AS u(...)` over the reading columns, numbered from `first`. */
const unnestReadings = (first: number) =>
  `unnest(${readingTypes.map((t, i) => `$${first + i}::${t}[]`).join(", ")})
   AS u(pid, at, demo, currency, price, list_price, buy_box_price, bsr, bsr_category, bsr_ranks, rating, review_count,
        in_stock, availability, seller_id, seller_name, version_id)`;

async function insertSnapshots(
  tx: Db,
  workspaceId: string,
  crawlRunId: string | null,
  readings: ProductReading[],
  byAsin: Map<string, ProductRow>,
  versionFor: Map<ProductReading, string | null>,
): Promise<number> {
  return tx.$executeRawUnsafe(
    `INSERT INTO "Snapshot" ("productId", "workspaceId", "capturedAt", "crawlRunId", "isDemo", currency, price, "listPrice",
       "buyBoxPrice", bsr, "bsrCategory", "bsrRanks", rating, "reviewCount", "inStock", "availabilityText",
       "buyBoxSellerId", "buyBoxSellerName", "listingVersionId")
     SELECT u.pid, $1, u.at, $2, u.demo, u.currency, u.price, u.list_price, u.buy_box_price, u.bsr, u.bsr_category, u.bsr_ranks,
            u.rating, u.review_count, u.in_stock, u.availability, u.seller_id, u.seller_name, u.version_id
     FROM ${unnestReadings(3)}
     ON CONFLICT ("productId", "capturedAt") DO NOTHING`,
    workspaceId,
    crawlRunId,
    ...readingColumns(readings, byAsin, versionFor),
  );
}

// One row per product (the caller passes only each product's newest reading), so there is
// nothing to sort or de-duplicate in SQL; the time guard still protects against a
// concurrent writer that got further.
async function updateLatestState(
  tx: Db,
  workspaceId: string,
  readings: ProductReading[],
  byAsin: Map<string, ProductRow>,
  versionFor: Map<ProductReading, string | null>,
) {
  await tx.$executeRawUnsafe(
    `UPDATE "Product" p SET
       "isDemo" = u.demo, currency = u.currency, price = u.price, "listPrice" = u.list_price, "buyBoxPrice" = u.buy_box_price,
       bsr = u.bsr, "bsrCategory" = u.bsr_category, rating = u.rating, "reviewCount" = u.review_count, "inStock" = u.in_stock,
       "availabilityText" = u.availability, "buyBoxSellerId" = u.seller_id, "buyBoxSellerName" = u.seller_name,
       "listingVersionId" = u.version_id, "listingHash" = lv."contentHash",
       title = COALESCE(lv.title, p.title), brand = COALESCE(lv.brand, p.brand), "imageUrl" = COALESCE(lv.images[1], p."imageUrl"),
       "lastReadingAt" = u.at, "lastCrawledAt" = GREATEST(p."lastCrawledAt", u.at), "failureStreak" = 0, "updatedAt" = now()
     FROM ${unnestReadings(2)}
     LEFT JOIN "ListingVersion" lv ON lv.id = u.version_id
     WHERE p.id = u.pid AND p."workspaceId" = $1 AND (p."lastReadingAt" IS NULL OR p."lastReadingAt" < u.at)`,
    workspaceId,
    ...readingColumns(readings, byAsin, versionFor),
  );
}

// A failed read never touches the reading columns: the product keeps its last good values,
// and the failure is visible on its own. The same crawl recorded twice counts once.
async function recordFailures(tx: Db, workspaceId: string, marketplace: string, failures: FailedRead[], at: Date) {
  await tx.$executeRawUnsafe(
    `UPDATE "Product" p SET "lastFailedAt" = $3, "lastFailureReason" = u.reason, "failureStreak" = p."failureStreak" + 1,
       "lastCrawledAt" = GREATEST(p."lastCrawledAt", $3), "updatedAt" = now()
     FROM unnest($4::text[], $5::text[]) AS u(asin, reason)
     WHERE p."workspaceId" = $1 AND p.marketplace = $2 AND p.asin = u.asin
       AND p."lastFailedAt" IS DISTINCT FROM $3 AND (p."lastReadingAt" IS NULL OR p."lastReadingAt" < $3)`,
    workspaceId,
    marketplace,
    at,
    failures.map((f) => f.asin),
    failures.map((f) => `${f.reason}: ${f.detail}`.slice(0, 500)),
  );
}
