import type { ProductBefore } from "@/lib/anomalies/types";
import type { Db } from "@/lib/db/client";
import { selectIngestProducts } from "@/lib/db/sql/select-ingest-products";

export type IngestProduct = {
  id: string;
  asin: string;
  listingHash: string | null;
  listingVersionId: string | null;
  lastReadingAt: Date | null;
  /** For detection: the product's kind, thresholds and latest stored good reading. */
  before: ProductBefore;
};

/** The products an ingest writes to, locked until it commits (lib/db/sql/select-ingest-products.ts). */
export async function loadProducts(db: Db, workspaceId: string, marketplace: string, asins: string[]): Promise<IngestProduct[]> {
  return (await selectIngestProducts(db, workspaceId, marketplace, asins)).map((p) => ({
    id: p.id,
    asin: p.asin,
    listingHash: p.listingHash,
    listingVersionId: p.listingVersionId,
    lastReadingAt: p.lastReadingAt,
    before: { productKind: p.kind, productThresholds: p.alertThresholds, previous: p.previous && { ...p.previous, listing: null } },
  }));
}
