import crypto from "node:crypto";
import type { ListingContent } from "@/lib/sources/types";

// Listing content is versioned by a hash of what a seller would call "the listing": title,
// brand, bullets and images. The category path is stored with a version but changes in it
// alone (Amazon reshuffles breadcrumbs) are not a listing change.
export function listingHash(listing: ListingContent): string {
  const canonical = JSON.stringify([listing.title ?? "", listing.brand ?? "", listing.bullets, listing.images]);
  return crypto.hash("sha256", canonical).slice(0, 32);
}
