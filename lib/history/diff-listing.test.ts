import { describe, expect, it } from "vitest";
import { diffBullets, diffListing } from "@/lib/history/diff-listing";

describe("diffBullets", () => {
  it("marks added, removed and reworded bullets, keeping unchanged ones for context", () => {
    const before = ["40-hour battery", "IPX5 water resistant", "Free case"];
    const after = ["40-hour battery", "IPX7 waterproof", "Free case", "2-year warranty"];
    const lines = diffBullets(before, after);
    expect(lines.map((l) => l.kind)).toEqual(["same", "changed", "same", "added"]);
    const changed = lines[1]!;
    expect(changed).toMatchObject({ kind: "changed", before: "IPX5 water resistant", after: "IPX7 waterproof" });
    if (changed.kind !== "changed") throw new Error("expected a changed line");
    expect(changed.parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(["IPX5 water resistant"]);
    expect(changed.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["IPX7 waterproof"]);
  });

  it("shows a deleted bullet as removed", () => {
    expect(diffBullets(["a", "b", "c"], ["a", "c"])).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "same", text: "c" },
    ]);
  });
});

describe("diffListing", () => {
  const base = { title: "Soundcore Earbuds", brand: "Soundcore", bullets: ["a"], images: ["1.jpg", "2.jpg"] };

  it("reports only what changed", () => {
    const d = diffListing(base, { ...base, title: "Soundcore Earbuds Pro", images: ["2.jpg", "3.jpg"] });
    expect(d.title).toMatchObject({ before: "Soundcore Earbuds", after: "Soundcore Earbuds Pro" });
    expect(d.title!.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["Pro"]);
    expect(d.images).toEqual({ added: ["3.jpg"], removed: ["1.jpg"] });
    expect(d.brand).toBeNull();
    expect(d.bullets).toBeNull();
  });

  it("reports a brand change", () => {
    expect(diffListing(base, { ...base, brand: "Anker" }).brand).toEqual({ before: "Soundcore", after: "Anker" });
  });
});
