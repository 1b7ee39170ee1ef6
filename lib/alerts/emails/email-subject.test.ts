import { describe, expect, it } from "vitest";
import { bySeverity, changeFacts } from "@/lib/alerts/emails/change-facts";
import { emailIntl } from "@/lib/alerts/emails/email-intl";
import { maxSubjectLength, productSubject } from "@/lib/alerts/emails/email-subject";
import type { AnomalyKind } from "@/lib/generated/prisma/enums";
import { sampleAnomaly, sampleKinds } from "@/tests/support/sample-alert-anomalies";

const subjectOf = async (kinds: AnomalyKind[], locale: "en" | "zh-CN" = "en", title?: string | null) => {
  const intl = await emailIntl(locale);
  const anomalies = kinds.map((k) => sampleAnomaly(k));
  if (title !== undefined) for (const a of anomalies) a.product.title = title;
  const facts = anomalies.map((a) => changeFacts(a, intl)).sort(bySeverity);
  return productSubject({ facts, product: anomalies[0]!.product, intl });
};

describe("alert email subjects", () => {
  it("lead with severity and the change, then a short title and the marketplace", async () => {
    expect(await subjectOf(["price_change"])).toBe("[Warning] Price −18.6% to $47.99 · Acme Steel Water Bottle… (US)");
    expect(await subjectOf(["buy_box_seller_change"])).toBe("[Critical] Possible hijacker: BestDeals4U · Acme Steel Water Bottle… (US)");
    expect(await subjectOf(["bsr_change"])).toBe("[Warning] BSR worse: #1,740 (+45%) · Acme Steel Water Bottle… (US)");
    expect(await subjectOf(["back_in_stock"])).toBe("Back in stock · Acme Steel Water Bottle… (US)");
    expect(await subjectOf(["competitor_review_surge"])).toBe("+142 reviews in a week · Lumen LED-Schreibtischlampe… (DE)");
  });

  it("name the ASIN when the product has no title yet", async () => {
    expect(await subjectOf(["out_of_stock"], "en", null)).toBe("[Critical] Out of stock · B0WATER001 (US)");
  });

  it("put the most severe change first and count the others", async () => {
    expect(await subjectOf(["price_change", "out_of_stock", "title_change"])).toBe("[Critical] Out of stock +2 more · Acme Steel Water Bottle… (US)");
  });

  it("never include the titles of a title change", async () => {
    const subject = await subjectOf(["title_change"]);
    expect(subject).toBe("[Warning] Title changed · Acme Steel Water Bottle… (US)");
    expect(subject).not.toContain("Double-Wall");
  });

  it("are in the recipient's language", async () => {
    expect(await subjectOf(["price_change"], "zh-CN")).toBe("【警告】价格−18.6%至 US$47.99 · Acme Steel Water Bottle…（US）");
    expect(await subjectOf(["price_change", "out_of_stock"], "zh-CN")).toBe("【严重】缺货 +1 项 · Acme Steel Water Bottle…（US）");
  });

  it.each(["en", "zh-CN"] as const)("stay within %s's length limit for every kind, even with long names", async (locale) => {
    const long = "Ultra Premium Professional Grade Stainless Steel Insulated Water Bottle With Extra Long Title";
    for (const kind of sampleKinds) {
      for (const title of [long, null, "短标题 水杯 750 毫升 保温 不锈钢 双层 真空 防漏 运动 户外 大容量 儿童 成人"]) {
        const subject = await subjectOf([kind, "price_change", "title_change"], locale, title);
        expect(subject.length, `${kind}: ${subject}`).toBeLessThanOrEqual(maxSubjectLength);
        expect(subject, kind).toMatch(/\((US|DE)\)$|（(US|DE)）$/);
      }
    }
  });
});
