import type { NewReading } from "@/lib/anomalies/build-reading-pairs";
import type { ProductBefore } from "@/lib/anomalies/types";
import type { Db } from "@/lib/db/client";
import { insertListingVersions } from "@/lib/db/sql/insert-listing-versions";
import { recordFailedReads } from "@/lib/db/sql/record-failed-reads";
import { type SnapshotInput, writeSnapshots } from "@/lib/db/sql/write-snapshots";
import { type IngestProduct, loadProducts } from "@/lib/ingest/load-products";
import { planListingVersions, type ListingState } from "@/lib/ingest/plan-listing-versions";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { isHollowReading } from "@/lib/sources/hollow-reading";
import type { FailedRead, ProductReading } from "@/lib/sources/types";

export type StoredReadings = {
  readingsStored: number;
  listingVersionsCreated: number;
  unknownAsins: string[];
  /** Readings refused as failed reads (a page that loaded nothing), recorded like the others. */
  rejected: FailedRead[];
  /** The readings that moved their product forward in time: what detection looks at. */
  forward: NewReading[];
  /** Each product's state before this ingest, for detection. */
  before: Map<string, ProductBefore>;
};

const HOLLOW_DETAIL = "the page had no price, BSR, rating or review count, though the product had them before";

// The writing half of an ingest, inside its transaction (db is the transaction): snapshots
// (append-only, idempotent on product and capture time), listing versions only on change,
// the latest state on the product moving only forward in time, and failed reads recorded on
// their products. A handful of set-based statements, none per row.
export async function storeReadings({
  db,
  workspaceId,
  marketplace,
  crawlRunId,
  readings,
  failures,
  failedAt,
}: {
  db: Db;
  workspaceId: string;
  marketplace: MarketplaceCode;
  crawlRunId: string | null;
  readings: ProductReading[];
  failures: FailedRead[];
  failedAt: Date;
}): Promise<StoredReadings> {
  const asins = [...new Set([...readings.map((r) => r.asin), ...failures.map((f) => f.asin)])];
  const products = await loadProducts(db, workspaceId, marketplace, asins);
  const byAsin = new Map(products.map((p) => [p.asin, p]));
  const sorted = uniqueReadings(readings.filter((r) => byAsin.has(r.asin))).sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());
  const unknownAsins = readings.filter((r) => !byAsin.has(r.asin)).map((r) => r.asin);
  const { known, rejected } = refuseHollowReadings(sorted, byAsin);

  const versions = planListingVersions(known, byAsin);
  await insertListingVersions(
    db,
    workspaceId,
    versions.rows.map(({ reading, ...v }) => ({ ...v, title: reading.listing.title, brand: reading.listing.brand, bullets: reading.listing.bullets, images: reading.listing.images, categoryPath: reading.listing.categoryPath })),
  );
  // Readings that move a product forward in time. Only the newest of them per product can
  // become its latest state; detection looks at all of them. History re-ingested behind the
  // latest reading raises no alerts about the past, and a replayed crawl finds nothing new.
  const forward = known.filter((r) => {
    const last = byAsin.get(r.asin)!.lastReadingAt;
    return !last || r.capturedAt > last;
  });
  const newest = new Set(new Map(forward.map((r) => [r.asin, r])).values());
  const readingsStored = await writeSnapshots(
    db,
    workspaceId,
    crawlRunId,
    known.map((r) => snapshotInput(r, byAsin.get(r.asin)!.id, versions.stateFor.get(r)!, newest.has(r))),
  );
  await recordFailedReads(db, workspaceId, marketplace, [...failures, ...rejected], failedAt);

  return {
    readingsStored,
    listingVersionsCreated: versions.rows.length,
    unknownAsins,
    rejected,
    forward: forward.map((r) => ({ productId: byAsin.get(r.asin)!.id, reading: r, listingVersionId: versions.stateFor.get(r)!.versionId })),
    before: new Map(products.map((p) => [p.id, p.before])),
  };
}

function snapshotInput(r: ProductReading, productId: string, listing: ListingState, newest: boolean): SnapshotInput {
  return {
    pid: productId,
    at: r.capturedAt,
    demo: r.isDemo,
    currency: r.currency,
    price: r.price,
    list_price: r.listPrice,
    buy_box_price: r.buyBoxPrice,
    bsr: r.bsr,
    bsr_category: r.bsrCategory,
    bsr_ranks: r.bsrRanks,
    rating: r.rating,
    review_count: r.reviewCount,
    in_stock: r.inStock,
    availability: r.availabilityText,
    seller_id: r.buyBoxSellerId,
    seller_name: r.buyBoxSellerName,
    version_id: listing.versionId,
    // The latest-state columns only matter on the newest row; the others stay small.
    ...(newest ? { newest: true as const, hash: listing.hash, title: r.listing.title, brand: r.listing.brand, image: r.listing.images[0] ?? null } : {}),
  };
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
