import { diffArrays, diffWords } from "diff";

// What changed between two versions of a listing, ready to highlight. Pure (jsdiff only).

export type TextPart = { value: string; added: boolean; removed: boolean };
export type BulletLine =
  | { kind: "same" | "added" | "removed"; text: string }
  | { kind: "changed"; before: string; after: string; parts: TextPart[] };

export type ListingContent = { title: string | null; brand: string | null; bullets: string[]; images: string[] };

export type ListingDiff = {
  title: { before: string | null; after: string | null; parts: TextPart[] } | null;
  brand: { before: string | null; after: string | null } | null;
  /** All bullet lines of the new version in order, with removed lines where they were. */
  bullets: BulletLine[] | null;
  images: { added: string[]; removed: string[] } | null;
};

/** Two titles as one run of words, each marked added, removed or kept (emails show it once). */
export const diffTitle = (before: string, after: string): TextPart[] => wordParts(before, after);

function wordParts(before: string, after: string): TextPart[] {
  return diffWords(before, after).map((c) => ({ value: c.value, added: c.added, removed: c.removed }));
}

// jsdiff reports a reworded bullet as "removed" then "added"; pairing those runs line by
// line shows it as one changed bullet with the changed words marked, which is how a seller
// reads an edit.
export function diffBullets(before: string[], after: string[]): BulletLine[] {
  const lines: BulletLine[] = [];
  const changes = diffArrays(before, after);
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (!c.added && !c.removed) {
      lines.push(...c.value.map((text) => ({ kind: "same" as const, text })));
      continue;
    }
    const next = changes[i + 1];
    if (c.removed && next?.added) {
      const pairs = Math.min(c.value.length, next.value.length);
      for (let k = 0; k < pairs; k++) {
        lines.push({ kind: "changed", before: c.value[k]!, after: next.value[k]!, parts: wordParts(c.value[k]!, next.value[k]!) });
      }
      lines.push(...c.value.slice(pairs).map((text) => ({ kind: "removed" as const, text })));
      lines.push(...next.value.slice(pairs).map((text) => ({ kind: "added" as const, text })));
      i++;
      continue;
    }
    lines.push(...c.value.map((text) => ({ kind: c.added ? ("added" as const) : ("removed" as const), text })));
  }
  return lines;
}

export function diffListing(before: ListingContent, after: ListingContent): ListingDiff {
  const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const beforeImages = new Set(before.images);
  const afterImages = new Set(after.images);
  const images = {
    added: after.images.filter((src) => !beforeImages.has(src)),
    removed: before.images.filter((src) => !afterImages.has(src)),
  };
  return {
    title: before.title === after.title ? null : { before: before.title, after: after.title, parts: wordParts(before.title ?? "", after.title ?? "") },
    brand: before.brand === after.brand ? null : { before: before.brand, after: after.brand },
    bullets: sameList(before.bullets, after.bullets) ? null : diffBullets(before.bullets, after.bullets),
    images: images.added.length || images.removed.length ? images : null,
  };
}
