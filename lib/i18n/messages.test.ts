import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

// Argument names only ({count, plural, ...} → count), not the words inside plural branches.
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();

const en = (await loadMessages("en")) as Tree;
const zhCN = (await loadMessages("zh-CN")) as Tree;

describe("translations", () => {
  const english = leaves(en);
  const chinese = leaves(zhCN);

  it("Chinese has every English message and no extra ones", () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("no message is empty, and both languages use the same placeholders", () => {
    for (const [key, text] of english) {
      const zh = chinese.get(key)!;
      expect(text.trim(), key).not.toBe("");
      expect(zh.trim(), key).not.toBe("");
      expect(placeholders(zh), key).toEqual(placeholders(text));
    }
  });

  it("the Chinese interface is actually translated", () => {
    const untranslated = [...english].filter(([key, text]) => chinese.get(key) === text && /[a-z]{4,}/i.test(text));
    // Language names, product names and example input are the same in both languages on purpose.
    const sameOnPurpose = ["app.name", "products.add.linesPlaceholder", "products.runs.sources.apify"];
    expect(untranslated.map(([k]) => k).filter((k) => !k.startsWith("common.languages") && !sameOnPurpose.includes(k))).toEqual([]);
  });
});
