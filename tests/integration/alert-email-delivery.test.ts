import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverPendingAlerts, EMAIL_OFF, NOT_A_MEMBER } from "@/lib/alerts/deliver-pending-alerts";
import { sendDigests } from "@/lib/alerts/send-digests";
import { createAnomaly, createMember, createTrackedProduct, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const appUrl = "https://radar.example.test";
const now = new Date("2026-11-10T06:15:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const addressOf = (mail: { to?: unknown }) => (mail.to as { value: Array<{ address: string }> }).value.map((v) => v.address);

describe.each(testDatabaseKinds())("email alerts through a real SMTP server (%s)", (kind) => {
  let t: TestDatabase;
  let smtp: SmtpTestServer;
  let owner: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let zhUser: Awaited<ReturnType<typeof createMember>>;
  let product: Awaited<ReturnType<typeof createTrackedProduct>>;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    smtp = await startSmtpTestServer();
    owner = await createUserWithWorkspace(t.db, { name: "Olivia Owner" });
    zhUser = await createMember(t.db, owner.workspaceId, { name: "Wang Fang", locale: "zh-CN" });
    product = await createTrackedProduct(t.db, owner.workspaceId, { asin: "B0WATER001", title: "Acme Steel Water Bottle 750 ml" });
  });
  afterAll(async () => {
    await smtp.stop();
    await t.close();
  });

  const deliver = (at: Date, transport: SmtpTestServer["transport"] | null = smtp.transport) =>
    deliverPendingAlerts({ db: t.db, now: at, transport, appUrl });

  it("sends one instant email per recipient, in each recipient's language, linking back to the product", async () => {
    const anomaly = await createAnomaly(t.db, product);
    const rows = [
      await queueDelivery(t.db, anomaly, { channel: "email", userId: owner.userId }),
      await queueDelivery(t.db, anomaly, { channel: "email", userId: zhUser.id }),
    ];
    const before = smtp.received.length;
    expect(await deliver(now)).toMatchObject({ claimed: 2, sent: 2 });

    const mails = smtp.received.slice(before);
    const en = mails.find((m) => addressOf(m).includes(owner.email))!;
    const zh = mails.find((m) => addressOf(m).includes(zhUser.email))!;
    expect(mails).toHaveLength(2);
    expect(en.from?.value[0]).toMatchObject({ name: "ASIN Radar", address: "alerts@radar.test" });
    expect(en.subject).toBe("[Warning] Price −20% to $19.99 · Acme Steel Water Bottle… (US)");
    expect(en.text).toContain("$24.99 → $19.99");
    expect(en.text).toContain("−20% · threshold 10%");
    expect(en.text).toContain("ASIN B0WATER001 · Amazon US");
    const link = `${appUrl}/w/${owner.workspaceId}/products/${product.id}?at=${encodeURIComponent("2026-11-10T06:10:00.000Z")}`;
    expect(en.html).toContain(link.replace(/&/g, "&amp;"));
    expect(en.text).toContain(`${appUrl}/w/${owner.workspaceId}/alerts`);
    expect(en.html).toContain('lang="en"');

    expect(zh.subject).toBe("【警告】价格−20%至 US$19.99 · Acme Steel Water Bottle…（US）");
    expect(zh.text).toContain("US$24.99 → US$19.99");
    expect(zh.text).toContain("−20% · 阈值 10%");
    expect(zh.text).toContain("在 ASIN Radar 中打开");
    expect(zh.html).toContain('lang="zh-CN"');

    const stored = await t.db.alertDelivery.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
    expect(stored.map((r) => [r.status, r.attempts, r.sentAt?.toISOString()])).toEqual([
      ["sent", 1, now.toISOString()],
      ["sent", 1, now.toISOString()],
    ]);
    // Sent rows are never sent again.
    expect(await deliver(minutes(30))).toMatchObject({ claimed: 0 });
    expect(smtp.received.length).toBe(before + 2);
  });

  it("groups a person's digest rows into one daily email with the count in the subject", async () => {
    const digestUser = await createMember(t.db, owner.workspaceId, { name: "Daisy Digest", emailMode: "digest" });
    const zhDigest = await createMember(t.db, owner.workspaceId, { name: "Li Lei", locale: "zh-CN", emailMode: "digest" });
    const other = await createTrackedProduct(t.db, owner.workspaceId, { asin: "B0LAMP0002", title: "Lumen Desk Lamp" });
    const anomalies = [
      await createAnomaly(t.db, other, { kind: "out_of_stock", severity: "critical", reason: { key: "out_of_stock", values: { availability: "Currently unavailable" } } }),
      await createAnomaly(t.db, other, { kind: "rating_drop", reason: { key: "rating_drop", values: { before: "4.6", after: "4.3", threshold: "0.2" } } }),
      await createAnomaly(t.db, product, { kind: "bsr_change", reason: { key: "bsr_change", values: { category: "Kitchen", direction: "worse", percent: "45%", before: "1,200", after: "1,740", threshold: "30%" } } }),
    ];
    for (const a of anomalies) {
      await queueDelivery(t.db, a, { channel: "email_digest", userId: digestUser.id });
      await queueDelivery(t.db, a, { channel: "email_digest", userId: zhDigest.id });
    }
    // Instant delivery leaves digest rows for the daily run.
    expect(await deliver(minutes(1))).toMatchObject({ claimed: 0 });

    const before = smtp.received.length;
    expect(await sendDigests({ db: t.db, now: minutes(60), transport: smtp.transport, appUrl })).toEqual({ emails: 2, alerts: 6, retrying: 0, failed: 0 });
    const mails = smtp.received.slice(before);
    const en = mails.find((m) => addressOf(m).includes(digestUser.email))!;
    const zh = mails.find((m) => addressOf(m).includes(zhDigest.email))!;
    expect(mails).toHaveLength(2);
    expect(en.subject).toBe("Alert digest Nov 10, 2026: 3 alerts (1 critical)");
    expect(en.text).toContain("3 changes on 2 products");
    // The critical product comes first, its critical change at the top.
    expect(en.text!.indexOf("Lumen Desk Lamp")).toBeLessThan(en.text!.indexOf("Acme Steel Water Bottle"));
    expect(en.text).toMatch(/Out of stock\s+Critical/);
    expect(en.text).toContain("threshold 0.2 ★");
    expect(en.text).toMatch(/Best sellers rank change\s+Warning/);
    expect(zh.subject).toBe("提醒摘要 2026年11月10日：3 条提醒（1 条严重）");
    expect(zh.text).toMatch(/缺货\s+严重/);
    expect(await t.db.alertDelivery.count({ where: { channel: "email_digest", status: "sent" } })).toBe(6);
  });

  it("with the SMTP server down the emails stay pending with the reason, and go out once each when it is back", async () => {
    const anomaly = await createAnomaly(t.db, product, { kind: "back_in_stock", severity: "info", reason: { key: "back_in_stock", values: {} } });
    const instant = await queueDelivery(t.db, anomaly, { channel: "email", userId: owner.userId }, { nextAttemptAt: minutes(100) });
    const digestUser = await createMember(t.db, owner.workspaceId, { emailMode: "digest" });
    const digest = await queueDelivery(t.db, anomaly, { channel: "email_digest", userId: digestUser.id }, { nextAttemptAt: minutes(100) });
    await smtp.stop();
    const receivedBefore = smtp.received.length;

    expect(await deliver(minutes(100))).toMatchObject({ claimed: 1, retrying: 1, sent: 0 });
    expect(await sendDigests({ db: t.db, now: minutes(100), transport: smtp.transport, appUrl })).toMatchObject({ emails: 0, retrying: 1 });
    for (const id of [instant.id, digest.id]) {
      const row = await t.db.alertDelivery.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "pending", attempts: 1, sentAt: null });
      expect(row.lastError).toMatch(/ECONNREFUSED/);
      expect(row.nextAttemptAt.toISOString()).toBe(minutes(101).toISOString());
    }
    // Not due yet: nothing is tried again before the backoff has passed.
    expect(await deliver(minutes(100.5))).toMatchObject({ claimed: 0 });

    await smtp.start();
    expect(await deliver(minutes(102))).toMatchObject({ claimed: 1, sent: 1 });
    // The frequent run retries the failed digest without waiting for tomorrow's.
    expect(await sendDigests({ db: t.db, now: minutes(102), transport: smtp.transport, appUrl, retriesOnly: true })).toMatchObject({ emails: 1, alerts: 1 });
    expect(await deliver(minutes(200))).toMatchObject({ claimed: 0 });
    expect(await sendDigests({ db: t.db, now: minutes(200), transport: smtp.transport, appUrl })).toMatchObject({ emails: 0 });

    const mails = smtp.received.slice(receivedBefore);
    expect(mails.map((m) => addressOf(m)[0]).sort()).toEqual([owner.email, digestUser.email].sort());
    expect(mails.find((m) => addressOf(m).includes(owner.email))!.subject).toBe("Back in stock · Acme Steel Water Bottle… (US)");
    const rows = await t.db.alertDelivery.findMany({ where: { id: { in: [instant.id, digest.id] } } });
    expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual([
      ["sent", 2, null],
      ["sent", 2, null],
    ]);
  });

  it("with email off, or a recipient who left the workspace, rows are marked failed with the reason and nothing is sent", async () => {
    const anomaly = await createAnomaly(t.db, product, { kind: "title_change", severity: "info", reason: { key: "title_change", values: { before: "Old", after: "New" } } });
    const leaver = await createMember(t.db, owner.workspaceId);
    const off = await queueDelivery(t.db, anomaly, { channel: "email", userId: owner.userId }, { nextAttemptAt: minutes(300) });
    const left = await queueDelivery(t.db, anomaly, { channel: "email", userId: leaver.id }, { nextAttemptAt: minutes(301) });
    const before = smtp.received.length;

    expect(await deliver(minutes(300), null)).toMatchObject({ claimed: 1, failed: 1 });
    await t.db.membership.deleteMany({ where: { userId: leaver.id } });
    expect(await deliver(minutes(301))).toMatchObject({ claimed: 1, failed: 1 });

    expect(await t.db.alertDelivery.findUniqueOrThrow({ where: { id: off.id } })).toMatchObject({ status: "failed", lastError: EMAIL_OFF });
    expect(await t.db.alertDelivery.findUniqueOrThrow({ where: { id: left.id } })).toMatchObject({ status: "failed", lastError: NOT_A_MEMBER });
    expect(smtp.received.length).toBe(before);
  });
});
