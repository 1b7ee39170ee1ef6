import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDigestEmail, renderProductAlertEmail, type RenderedEmail } from "@/lib/alerts/render-alert-emails";
import { sampleAnomaly, sampleDetectedAt, sampleKinds, seedSampleHistory } from "../support/sample-alert-anomalies";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The rendered emails, kept as files beside this test (`vitest -u` rewrites them after a
// deliberate change; review the diff). Fixed ids, dates, zone and signing secret make them
// byte-stable; the chart is referenced by its cid, its PNG bytes are not part of the snapshot.
const appUrl = "https://radar.example.test";
const secret = "snapshot-secret-snapshot-secret-0000";
const recipient = { userId: "user_1", workspaceId: "ws_acme" };
const dir = "./__snapshots__/emails";
// One tag per line, so a change shows as a readable diff.
const lines = (html: string) => `${html.replace(/></g, ">\n<")}\n`;
const textFile = (email: RenderedEmail) => `Subject: ${email.subject}\n\n${email.text}\n`;

describe("rendered alert emails", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    await seedSampleHistory(t.db);
  });
  afterAll(() => t.close());

  it("a long digest shows the 40 most severe changes and counts the rest, staying under Gmail's clipping size", async () => {
    const anomalies = Array.from({ length: 60 }, (_, i) => sampleAnomaly(sampleKinds[i % sampleKinds.length]!, { id: `a${i}` }));
    const email = await renderDigestEmail({ db: t.db, anomalies, locale: "en", appUrl, date: sampleDetectedAt, recipient, secret });
    expect(email.text).toContain("60 changes on 2 products");
    expect(email.text).toContain("20 more changes: see all alerts");
    expect(email.html.match(/class="ar-row ar-kind"/g)).toHaveLength(40);
    // The critical rows are the ones kept.
    expect(email.html.match(/>Critical</g)?.length).toBe(12);
    expect(Buffer.byteLength(email.html)).toBeLessThan(100_000);
  });

  describe.each(["en", "zh-CN"] as const)("in %s", (locale) => {
    const timeZone = locale === "en" ? "America/New_York" : "Asia/Shanghai";

    it.each(sampleKinds)("%s", async (kind) => {
      const email = await renderProductAlertEmail({ db: t.db, anomalies: [sampleAnomaly(kind)], locale, timeZone, appUrl, recipient, secret });
      expect(email.html).toContain('src="cid:history-chart@asin-radar"');
      expect(email.attachments.map((a) => [a.cid, a.contentType])).toEqual([["history-chart@asin-radar", "image/png"]]);
      await expect(lines(email.html)).toMatchFileSnapshot(`${dir}/${kind}.${locale}.html`);
      await expect(textFile(email)).toMatchFileSnapshot(`${dir}/${kind}.${locale}.txt`);
    });

    it("several changes of one product in one email", async () => {
      const anomalies = (["price_change", "buy_box_seller_change", "title_change"] as const).map((k) => sampleAnomaly(k));
      const email = await renderProductAlertEmail({ db: t.db, anomalies, locale, timeZone, appUrl, recipient, secret });
      await expect(lines(email.html)).toMatchFileSnapshot(`${dir}/product-several.${locale}.html`);
      await expect(textFile(email)).toMatchFileSnapshot(`${dir}/product-several.${locale}.txt`);
    });

    it("the digest", async () => {
      const email = await renderDigestEmail({
        db: t.db,
        anomalies: sampleKinds.map((k) => sampleAnomaly(k)),
        locale,
        timeZone,
        appUrl,
        date: sampleDetectedAt,
        recipient,
        secret,
      });
      expect(email.attachments).toEqual([]);
      await expect(lines(email.html)).toMatchFileSnapshot(`${dir}/digest.${locale}.html`);
      await expect(textFile(email)).toMatchFileSnapshot(`${dir}/digest.${locale}.txt`);
    });
  });
});
