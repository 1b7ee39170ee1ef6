import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

describe("browser language", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,zh-CN;q=0.5", "zh-CN"],
    ["fr-FR", "en"],
    ["", "en"],
    [null, "en"],
    ["*;;;q=abc,,", "en"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
