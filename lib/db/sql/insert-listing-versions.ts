import type { Db } from "@/lib/db/client";

export type ListingVersionInput = {
  id: string;
  productId: string;
  hash: string;
  firstSeenAt: Date;
  title: string | null;
  brand: string | null;
  bullets: string[];
  images: string[];
  categoryPath: string[];
};

/** New listing versions in one statement; a version already there (a re-run) is kept. */
export async function insertListingVersions(db: Db, workspaceId: string, rows: ListingVersionInput[]): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRawUnsafe(
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
    rows.map((r) => r.title),
    rows.map((r) => r.brand),
    rows.map((r) => JSON.stringify(r.bullets)),
    rows.map((r) => JSON.stringify(r.images)),
    rows.map((r) => JSON.stringify(r.categoryPath)),
  );
}
