import crypto from "node:crypto";
import { listingHash, sameListingContent } from "@/lib/ingest/listing-hash";
import type { IngestProduct } from "@/lib/ingest/load-products";
import type { ProductReading } from "@/lib/sources/types";

/** The listing version a reading belongs to, and that version's content hash. */
export type ListingState = { versionId: string | null; hash: string | null };
type VersionRow = { id: string; productId: string; hash: string; firstSeenAt: Date; reading: ProductReading };

// Walks each product's readings in time order from its current listing and starts a new
// version whenever the content hash differs from the one before it.
export function planListingVersions(readings: ProductReading[], byAsin: Map<string, IngestProduct>) {
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
