import type { AnomalyKind, Severity } from "@/lib/generated/prisma/enums";

/**
 * One good reading as detection sees it: a new reading held in memory or the stored Snapshot
 * before it, with its listing content when the pair's listing versions differ. A reading is
 * identified by (product, capturedAt), which is unique.
 */
export type DetectionReading = {
  /** Known for a stored reading; a new one's is looked up only if it fires. */
  snapshotId?: string;
  capturedAt: Date;
  currency: string;
  price: number | null;
  buyBoxPrice: number | null;
  bsr: number | null;
  bsrCategory: string | null;
  rating: number | null;
  reviewCount: number | null;
  inStock: boolean | null;
  availabilityText: string | null;
  sellerId: string | null;
  sellerName: string | null;
  listingVersionId: string | null;
  listing: ListingParts | null;
};

export type ListingParts = { title: string | null; brand: string | null; bullets: string[]; images: string[] };

/** A product's new good reading and the good reading before it. */
export type ReadingPair = {
  productId: string;
  productKind: "own" | "competitor";
  previous: DetectionReading;
  current: DetectionReading;
};

/** Values for the reason sentence: display-ready and locale-neutral. */
export type ReasonValues = Record<string, string | number>;

export type DetectedChange = {
  kind: AnomalyKind;
  severity: Severity;
  before: unknown;
  after: unknown;
  /** Relative change (0.15 = +15 %), or absolute stars for ratings, or reviews removed. */
  change: number | null;
  reason: { key: string; values: ReasonValues };
};
