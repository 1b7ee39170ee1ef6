import crypto from "node:crypto";
import type { ListingContent } from "@/lib/sources/types";

// Listing content is versioned by a hash of what a seller would call "the listing": title,
// brand, bullets and images. The category path is stored with a version but changes in it
// alone (Amazon reshuffles breadcrumbs) are not a listing change.
export function listingHash(listing: ListingContent): string {
  const canonical = JSON.stringify([listing.title ?? "", listing.brand ?? "", listing.bullets, listing.images]);
  return crypto.hash("sha256", canonical).slice(0, 32);
}

/** Whether two listings have the same hash, without hashing: the parts the hash covers are equal. */
export function sameListingContent(a: ListingContent, b: ListingContent): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (a.title ?? "") === (b.title ?? "") && (a.brand ?? "") === (b.brand ?? "") && same(a.bullets, b.bullets) && same(a.images, b.images);
}
