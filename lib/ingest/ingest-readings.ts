import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { FailedRead, ProductReading } from "@/lib/sources/types";
import { detectAnomalies } from "@/lib/anomalies/detect-anomalies";
import { writeOutbox } from "@/lib/alerts/enqueue-deliveries";
import { detectGroupAlerts } from "@/lib/anomalies/detect-group-anomalies";
import { isHollowReading } from "@/lib/sources/hollow-reading";
import { listingHash, sameListingContent } from "@/lib/ingest/listing-hash";
import { loadProducts, type IngestProduct } from "@/lib/ingest/load-products";
import { writeReadings } from "@/lib/ingest/write-readings";

export type IngestResult = {
  readingsStored: number;
  listingVersionsCreated: number;
  unknownAsins: string[];
  /** Readings refused as failed reads (a page that loaded nothing), recorded like the others. */
  rejected: FailedRead[];
  /** Anomalies this ingest detected (new rows only), each with its pending deliveries. */
  anomalyIds: string[];
};

const HOLLOW_DETAIL = "the page had no price, BSR, rating or review count, though the product had them before";

// Writes one crawl's readings for one workspace and marketplace in a handful of set-based
// statements (no per-row round trips). Append-only and idempotent: snapshots are unique per
// product and capture time, so ingesting the same readings again stores nothing new, and the
// latest state on the product only ever moves forward in time.
//
// `notify: false` stores the anomalies without queueing deliveries: history written in bulk
// (the demo workspace's 180 days) is history, not news.
export async function ingestReadings({
  db,
  workspaceId,
  marketplace,
  crawlRunId,
  readings,
  failures = [],
  failedAt,
  notify = true,
}: {
  db: Db;
  workspaceId: string;
  marketplace: MarketplaceCode;
  crawlRunId?: string | null;
  readings: ProductReading[];
  failures?: FailedRead[];
  failedAt?: Date;
  notify?: boolean;
}): Promise<IngestResult> {
  return db.$transaction(
    async (tx) => {
      const asins = [...new Set([...readings.map((r) => r.asin), ...failures.map((f) => f.asin)])];
      const products = await loadProducts(tx as Db, workspaceId, marketplace, asins);
      const byAsin = new Map(products.map((p) => [p.asin, p]));
      const sorted = uniqueReadings(readings.filter((r) => byAsin.has(r.asin))).sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());
      const unknownAsins = readings.filter((r) => !byAsin.has(r.asin)).map((r) => r.asin);
      const { known, rejected } = refuseHollowReadings(sorted, byAsin);
      const failed = [...failures, ...rejected];

      const versions = planListingVersions(known, byAsin);
      if (versions.rows.length > 0) await insertListingVersions(tx as Db, workspaceId, versions.rows);
      // Readings that move a product forward in time. Only the newest of them per product
      // can become its latest state; detection looks at all of them. History re-ingested
      // behind the latest reading raises no alerts about the past, and a replayed crawl finds
      // nothing new to say.
      const forward = known.filter((r) => {
        const last = byAsin.get(r.asin)!.lastReadingAt;
        return !last || r.capturedAt > last;
      });
      const newest = new Set(new Map(forward.map((r) => [r.asin, r])).values());
      const readingsStored = await writeReadings(
        tx as Db,
        workspaceId,
        crawlRunId ?? null,
        known.map((r) => {
          const listing = versions.stateFor.get(r)!;
          return { reading: r, productId: byAsin.get(r.asin)!.id, listingVersionId: listing.versionId, listingHash: listing.hash, newest: newest.has(r) };
        }),
      );
      if (failed.length > 0) await recordFailures(tx as Db, workspaceId, marketplace, failed, failedAt ?? new Date());

      const detection = await detectAnomalies({
        db: tx as Db,
        workspaceId,
        readings: forward.map((r) => ({ productId: byAsin.get(r.asin)!.id, reading: r, listingVersionId: versions.stateFor.get(r)!.versionId })),
        before: new Map(products.map((p) => [p.id, p.before])),
      });

      // Group-relative alerts (competitor undercut, BSR overtake, review surge) for the groups
      // these readings touch, with the same outbox.
      const groupAlerts = await detectGroupAlerts({
        db: tx as Db,
        workspaceId,
        productIds: [...new Set(forward.map((r) => byAsin.get(r.asin)!.id))],
      });

      const anomalies = [...detection.anomalies, ...groupAlerts];
      if (notify) await writeOutbox({ db: tx as Db, workspaceId, anomalies });

      return {
        readingsStored,
        listingVersionsCreated: versions.rows.length,
        unknownAsins,
        rejected,
        anomalyIds: anomalies.map((a) => a.id),
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** The listing version a reading belongs to, and that version's content hash. */
type ListingState = { versionId: string | null; hash: string | null };
type VersionRow = { id: string; productId: string; hash: string; firstSeenAt: Date; reading: ProductReading };

// Walks each product's readings in time order from its current listing and starts a new
// version whenever the content hash differs from the one before it.
function planListingVersions(readings: ProductReading[], byAsin: Map<string, IngestProduct>) {
  const current = new Map<string, { hash: string | null; versionId: string | null; since: Date | null }>();
  const rows: VersionRow[] = [];
  const stateFor = new Map<ProductReading, ListingState>();
  // Consecutive readings of a product mostly carry the same listing: compare before hashing.
  const lastHashed = new Map<string, { listing: ProductReading["listing"]; hash: string }>();
  for (const r of readings) {
    const product = byAsin.get(r.asin)!;
    const state = current.get(product.id) ?? { hash: product.listingHash, versionId: product.listingVersionId, since: product.lastReadingAt };
    const previous = lastHashed.get(product.id);
    const hash = previous && sameListingContent(previous.listing, r.listing) ? previous.hash : listingHash(r.listing);
    lastHashed.set(product.id, { listing: r.listing, hash });
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
    stateFor.set(r, { versionId: state.versionId, hash: state.hash });
  }
  return { rows, stateFor };
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

// Each reading is checked against the product's good reading before it (the stored one, or
// the previous good one of this ingest when it carries a backlog).
function refuseHollowReadings(readings: ProductReading[], byAsin: Map<string, IngestProduct>) {
  const lastGood = new Map<string, Pick<ProductReading, "price" | "bsr" | "rating" | "reviewCount"> | null>();
  const known: ProductReading[] = [];
  const rejected: FailedRead[] = [];
  for (const r of readings) {
    const previous = lastGood.has(r.asin) ? lastGood.get(r.asin)! : byAsin.get(r.asin)!.before.previous;
    if (isHollowReading(r, previous)) {
      rejected.push({ asin: r.asin, reason: "invalid", detail: HOLLOW_DETAIL });
      continue;
    }
    lastGood.set(r.asin, r);
    known.push(r);
  }
  return { known, rejected };
}

// A source can return the same product at the same time twice (a retried request); the
// snapshot keeps the first, so everything else must see only the first too.
function uniqueReadings(readings: ProductReading[]): ProductReading[] {
  const seen = new Set<string>();
  return readings.filter((r) => {
    const key = `${r.asin}|${r.capturedAt.getTime()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// A failed read never touches the reading columns: the product keeps its last good values,
// and the failure is visible on its own (kind and detail). The same crawl recorded twice
// counts once. The streak drives the retry backoff of the schedule.
async function recordFailures(tx: Db, workspaceId: string, marketplace: string, failures: FailedRead[], at: Date) {
  await tx.$executeRawUnsafe(
    `UPDATE "Product" p SET "lastFailedAt" = $3, "lastFailureKind" = u.kind::"FailedReadReason", "lastFailureReason" = u.detail,
       "failureStreak" = p."failureStreak" + 1, "lastCrawledAt" = GREATEST(p."lastCrawledAt", $3), "updatedAt" = now()
     FROM unnest($4::text[], $5::text[], $6::text[]) AS u(asin, kind, detail)
     WHERE p."workspaceId" = $1 AND p.marketplace = $2 AND p.asin = u.asin
       AND p."lastFailedAt" IS DISTINCT FROM $3 AND (p."lastReadingAt" IS NULL OR p."lastReadingAt" < $3)`,
    workspaceId,
    marketplace,
    at,
    failures.map((f) => f.asin),
    failures.map((f) => f.reason),
    failures.map((f) => f.detail.slice(0, 500)),
  );
}
