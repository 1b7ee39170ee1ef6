import type { Db } from "@/lib/db/client";
import { diffListing, type ListingDiff } from "@/lib/history/diff-listing";

type SellerRef = { id: string; name: string | null };

export type ListingChange =
  | ({ kind: "listing"; at: string; versionId: string } & ListingDiff)
  | { kind: "buyBoxSeller"; at: string; before: SellerRef; after: SellerRef };

/** Newest first, at most this many entries. */
const maxListingChanges = 200;

// The change log of one product: consecutive listing versions compared, and buy box seller
// switches found in the readings. A reading without a seller (out of stock, no buy box) is
// not a switch: the log names who took the buy box from whom.
export async function listListingChanges({ db, workspaceId, productId }: { db: Db; workspaceId: string; productId: string }): Promise<ListingChange[]> {
  const [versions, sellers] = await Promise.all([
    db.listingVersion.findMany({
      where: { productId, workspaceId },
      orderBy: { firstSeenAt: "asc" },
      select: { id: true, firstSeenAt: true, title: true, brand: true, bullets: true, images: true },
    }),
    db.snapshot.findMany({
      where: { productId, workspaceId, buyBoxSellerId: { not: null } },
      orderBy: { capturedAt: "asc" },
      select: { capturedAt: true, buyBoxSellerId: true, buyBoxSellerName: true },
    }),
  ]);

  const changes: ListingChange[] = [];
  for (let i = 1; i < versions.length; i++) {
    const diff = diffListing(versions[i - 1]!, versions[i]!);
    if (!diff.title && !diff.brand && !diff.bullets && !diff.images) continue;
    changes.push({ kind: "listing", at: versions[i]!.firstSeenAt.toISOString(), versionId: versions[i]!.id, ...diff });
  }
  for (let i = 1; i < sellers.length; i++) {
    const prev = sellers[i - 1]!;
    const cur = sellers[i]!;
    if (prev.buyBoxSellerId === cur.buyBoxSellerId) continue;
    changes.push({
      kind: "buyBoxSeller",
      at: cur.capturedAt.toISOString(),
      before: { id: prev.buyBoxSellerId!, name: prev.buyBoxSellerName },
      after: { id: cur.buyBoxSellerId!, name: cur.buyBoxSellerName },
    });
  }
  return changes.sort((a, b) => b.at.localeCompare(a.at)).slice(0, maxListingChanges);
}
