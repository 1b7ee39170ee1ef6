import type { AnomalyKind, Severity } from "@/lib/generated/prisma/enums";
import type { ListingContent, ProductReading } from "@/lib/sources/types";

/**
 * One good reading as detection sees it: a new reading held in memory or the stored Snapshot
 * before it, with its listing content when the pair's listing versions differ. A reading is
 * identified by (product, capturedAt), which is unique. The columns are the reading's own.
 */
export type DetectionReading = Pick<
  ProductReading,
  "capturedAt" | "currency" | "price" | "buyBoxPrice" | "bsr" | "bsrCategory" | "rating" | "reviewCount" | "inStock" | "availabilityText" | "buyBoxSellerId" | "buyBoxSellerName"
> & {
  /** Known for a stored reading; a new one's is looked up only if it fires. */
  snapshotId?: string;
  listingVersionId: string | null;
  listing: ListingParts | null;
};

/** The listing content the listing rules compare. */
type ListingParts = Pick<ListingContent, "title" | "brand" | "bullets" | "images">;

/** What detection needs to know about a product before an ingest. */
export type ProductBefore = {
  productKind: "own" | "competitor";
  productThresholds: unknown;
  /** The product's last good reading before this ingest's new ones, if it has any. */
  previous: DetectionReading | null;
};

/** A product's new good reading and the good reading before it. */
export type ReadingPair = {
  productId: string;
  productKind: "own" | "competitor";
  previous: DetectionReading;
  current: DetectionReading;
};

/** Values for the reason sentence: display-ready and locale-neutral. */
type ReasonValues = Record<string, string | number>;

export type DetectedChange = {
  kind: AnomalyKind;
  severity: Severity;
  before: unknown;
  after: unknown;
  /** Relative change (0.15 = +15 %), or absolute stars for ratings, or reviews removed. */
  change: number | null;
  reason: { key: string; values: ReasonValues };
};

/** An anomaly to store: what changed, on which product, between which readings; group-relative kinds name their group. */
export type AnomalyCandidate = DetectedChange & {
  productId: string;
  fromSnapshotId: string | null;
  toSnapshotId: string;
  detectedAt: Date;
  groupId?: string | null;
};

/** An anomaly as stored by this ingest (new rows only): what the outbox needs. */
export type InsertedAnomaly = { id: string; kind: string; productId: string; detectedAt: Date };
