import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";

/** One search result to record. */
export type CandidateInput = {
  asin: string;
  marketplace: string;
  position: number;
  title: string | null;
  brand: string | null;
  imageUrl: string | null;
  currency: string | null;
  price: number | null;
  bsr: number | null;
  rating: number | null;
  reviewCount: number | null;
};

export type CandidateRow = { keyword: string; asin: string; position: number; title: string | null; brand: string | null; firstSeenAt: Date };

// Writes one keyword's results in one statement. firstSeenAt is only set on insert, so a
// row whose firstSeenAt is this run's start is a product the keyword never showed before.
export async function upsertKeywordCandidates(db: Db, workspaceId: string, categoryId: string, keyword: string, candidates: CandidateInput[], at: Date): Promise<CandidateRow[]> {
  if (candidates.length === 0) return [];
  const col = <K extends keyof CandidateInput>(key: K) => candidates.map((c) => c[key]);
  return db.$queryRawUnsafe<CandidateRow[]>(
    `INSERT INTO "KeywordCandidate" (id, "workspaceId", "categoryId", marketplace, keyword, asin, title, brand, "imageUrl", currency, price, bsr, rating, "reviewCount", position, "firstSeenAt", "lastSeenAt")
     SELECT u.id, $1, $2, u.marketplace::"Marketplace", $3, u.asin, u.title, u.brand, u.image, u.currency, u.price, u.bsr, u.rating, u.reviews, u.position, $4::timestamp, $4::timestamp
     FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::numeric[], $13::int[], $14::numeric[], $15::int[], $16::int[])
       AS u(id, marketplace, asin, title, brand, image, currency, price, bsr, rating, reviews, position)
     ON CONFLICT ("workspaceId", marketplace, keyword, asin) DO UPDATE SET
       "categoryId" = COALESCE("KeywordCandidate"."categoryId", EXCLUDED."categoryId"),
       title = EXCLUDED.title, brand = EXCLUDED.brand, "imageUrl" = EXCLUDED."imageUrl", currency = EXCLUDED.currency,
       price = EXCLUDED.price, bsr = EXCLUDED.bsr, rating = EXCLUDED.rating, "reviewCount" = EXCLUDED."reviewCount",
       position = EXCLUDED.position, "lastSeenAt" = EXCLUDED."lastSeenAt"
     RETURNING keyword, asin, position, title, brand, "firstSeenAt"`,
    workspaceId,
    categoryId,
    keyword,
    at,
    candidates.map(() => `kc_${randomUUID()}`),
    col("marketplace"),
    col("asin"),
    col("title"),
    col("brand"),
    col("imageUrl"),
    col("currency"),
    col("price"),
    col("bsr"),
    col("rating"),
    col("reviewCount"),
    col("position"),
  );
}
