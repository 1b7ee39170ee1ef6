import type { DetectedChange, ReadingPair } from "@/lib/anomalies/types";

// Listing content is versioned only when its hash changes (lib/ingest/listing-hash.ts), so
// two readings on the same version cannot differ; across versions each part is compared on
// its own and each changed part is its own event.
export function listingChanges({ previous, current, productKind }: ReadingPair): DetectedChange[] {
  const a = previous.listing;
  const b = current.listing;
  if (!a || !b || previous.listingVersionId === current.listingVersionId) return [];
  const own = productKind === "own";
  const out: DetectedChange[] = [];
  if ((a.title ?? "") !== (b.title ?? "")) {
    out.push({
      kind: "title_change",
      severity: own ? "warning" : "info",
      before: a.title,
      after: b.title,
      change: null,
      reason: { key: "title_change", values: { before: a.title ?? "", after: b.title ?? "" } },
    });
  }
  if ((a.brand ?? "") !== (b.brand ?? "")) {
    // Another brand on your own listing is how hijacks and listing takeovers show.
    out.push({
      kind: "brand_change",
      severity: own ? "critical" : "warning",
      before: a.brand,
      after: b.brand,
      change: null,
      reason: { key: "brand_change", values: { before: a.brand ?? "", after: b.brand ?? "" } },
    });
  }
  // Bullets and images: lists whose change is told as counts of added and removed entries.
  for (const [kind, before, after] of [
    ["bullets_change", a.bullets, b.bullets],
    ["images_change", a.images, b.images],
  ] as const) {
    const diff = listDiff(before, after);
    if (diff) out.push({ kind, severity: own ? "warning" : "info", before, after, change: null, reason: { key: kind, values: diff } });
  }
  return out;
}

/** Added/removed counts, or null when the lists are equal (a reorder counts as a change). */
function listDiff(before: string[], after: string[]): { added: number; removed: number } | null {
  if (before.length === after.length && before.every((v, i) => v === after[i])) return null;
  const was = new Set(before);
  const now = new Set(after);
  return { added: after.filter((v) => !was.has(v)).length, removed: before.filter((v) => !now.has(v)).length };
}
