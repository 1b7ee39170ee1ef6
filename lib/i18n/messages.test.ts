import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { AnomalyKind } from "@/lib/generated/prisma/enums";
import { loadMessageFiles, loadMessages } from "@/lib/i18n/load-messages";

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

// The ICU arguments a message uses ({count, plural, ...} → count), found by the same parser
// family next-intl uses, so words inside plural/select branches are not mistaken for them.
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if ("value" in el && el.type !== TYPE.literal && typeof el.value === "string") names.add(el.value);
      if ("options" in el) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const en = (await loadMessages("en")) as Tree;
const zhCN = (await loadMessages("zh-CN")) as Tree;

describe("translations", () => {
  const english = leaves(en);
  const chinese = leaves(zhCN);

  it("no two message files define the same namespace (one would silently replace the other)", async () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const owners = new Map<string, string>();
      for (const [file, messages] of await loadMessageFiles(locale)) {
        for (const namespace of Object.keys(messages)) {
          expect(owners.get(namespace), `${locale}: "${namespace}" is in ${owners.get(namespace)} and ${file}`).toBeUndefined();
          owners.set(namespace, file);
        }
      }
    }
  });

  it("every kind of alert has a name", () => {
    for (const kind of Object.values(AnomalyKind)) expect(english.has(`anomalies.kinds.${kind}`), kind).toBe(true);
  });

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
    const sameOnPurpose = [
      "app.name",
      "products.add.linesPlaceholder",
      "products.runs.sources.apify",
      "dashboard.list.asin",
      "system.scheduler.inngestName",
      "system.jobs.runners.inngest",
      "system.jobs.runners.cli",
    ];
    expect(untranslated.map(([k]) => k).filter((k) => !k.startsWith("common.languages") && !sameOnPurpose.includes(k))).toEqual([]);
  });
});
