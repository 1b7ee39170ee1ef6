import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDueAlerts } from "@/lib/alerts/deliver-due-alerts";
import { sendDigests } from "@/lib/alerts/send-digests";
import { ingestReadings } from "@/lib/crawl/complete-crawl-run";
import { runCrawl } from "@/lib/crawl/crawl-batch";
import { createDemoWorkspace } from "@/lib/demo/create-demo-workspace";
import { loadMessages } from "@/lib/i18n/load-messages";
import { addProducts } from "@/lib/products/add-products";
import { createDemoSource } from "@/lib/sources/demo/demo-source";
import type { ProductReading } from "@/lib/sources/types";
import { createUserWithWorkspace } from "../support/factories";
import { reading } from "../support/readings";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

// What a recipient's inbox holds after real crawls: one email per product per crawl, nothing
// about history, and no more than the hourly cap (the rest in the next digest).

const appUrl = "https://radar.example.test";
// Real times: the outbox stamps rows with the database clock, so the crawls happen "now".
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const addressOf = (mail: { to?: unknown }) => (mail.to as { value: Array<{ address: string }> }).value.map((v) => v.address);

describe.each(testDatabaseKinds())("instant emails, grouped and capped, through a real SMTP server (%s)", (kind) => {
  let t: TestDatabase;
  let smtp: SmtpTestServer;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.stop();
    await t.close();
  });

  const inboxOf = (email: string) => smtp.received.filter((m) => addressOf(m).includes(email));
  const deliver = (now: Date, emailsPerHour?: number) =>
    deliverDueAlerts({ db: t.db, now, transport: smtp.transport, appUrl, ...(emailsPerHour ? { emailsPerHour } : {}) });

  async function workspaceWith(asins: string[]) {
    const owner = await createUserWithWorkspace(t.db, { name: "Grace Grouping" });
    await addProducts({ db: t.db, workspaceId: owner.workspaceId, items: asins.map((asin, line) => ({ line, asin, marketplace: "US", kind: "own", tags: [] })) });
    // As one crawl at the time of the readings each call carries.
    const crawl = (readings: ProductReading[]) =>
      ingestReadings({ db: t.db, workspaceId: owner.workspaceId, marketplace: "US", readings, freshSince: readings[0]!.capturedAt });
    return { owner, crawl };
  }

  it("a crawl that changes three things on one product sends one email naming all three", async () => {
    const { owner, crawl } = await workspaceWith(["B0GROUP001"]);
    await crawl([reading("B0GROUP001", ago(24 * 60), { price: 50, buyBoxPrice: 50, rating: 4.6, buyBoxSellerName: "Acme", buyBoxSellerId: "A1ACME" })]);
    const changed = await crawl([
      reading("B0GROUP001", ago(2), { price: 39, buyBoxPrice: 39, rating: 4.1, buyBoxSellerName: "Cheapo", buyBoxSellerId: "A9CHEAP" }),
    ]);
    const kinds = (await t.db.anomaly.findMany({ where: { id: { in: changed.anomalyIds } }, select: { kind: true } })).map((a) => a.kind);
    expect(kinds.length).toBeGreaterThanOrEqual(3);

    const summary = await deliver(new Date());
    expect(summary).toMatchObject({ sent: kinds.length, failed: 0 });
    const mails = inboxOf(owner.email);
    expect(mails).toHaveLength(1);
    expect(await t.db.alertDelivery.count({ where: { workspaceId: owner.workspaceId, status: "sent" } })).toBe(kinds.length);
    // …and that one email names every change, in the body and (most severe first) the subject.
    const english = (await loadMessages("en")) as { anomalies: { kinds: Record<string, string> } };
    for (const k of kinds) expect(mails[0]!.text, k).toContain(english.anomalies.kinds[k]!);
    expect(mails[0]!.subject).toMatch(new RegExp(`\\+${kinds.length - 1}`));
  });

  it("opening the demo workspace and the first crawl of new products send nothing", async () => {
    const user = await createUserWithWorkspace(t.db, { name: "Dora Demo" });
    const demo = await createDemoWorkspace({ db: t.db, userId: user.userId, name: "Demo", days: 30 });
    expect(await t.db.anomaly.count({ where: { workspaceId: demo.workspaceId } })).toBeGreaterThan(0);

    await addProducts({
      db: t.db,
      workspaceId: user.workspaceId,
      items: ["B0FIRST001", "B0FIRST002"].map((asin, line) => ({ line, asin, marketplace: "US", kind: "competitor", tags: [] })),
    });
    const first = await runCrawl({ db: t.db, source: createDemoSource(), workspaceId: user.workspaceId, marketplace: "US", asins: ["B0FIRST001", "B0FIRST002"], trigger: "new_product" });
    expect(first.readingsStored).toBe(2);

    expect(await deliver(new Date())).toMatchObject({ claimed: 0 });
    expect(await t.db.alertDelivery.count({ where: { workspaceId: { in: [demo.workspaceId, user.workspaceId] } } })).toBe(0);
    expect(inboxOf(user.email)).toHaveLength(0);
  });

  it("in the person's quiet hours the email waits, uncounted, and goes out when they end", async () => {
    const { owner, crawl } = await workspaceWith(["B0QUIET001"]);
    // A window around this very minute in the person's own zone.
    const zone = "Asia/Kolkata";
    const parts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date());
    const minuteOfDay = Number(parts.find((p) => p.type === "hour")!.value) * 60 + Number(parts.find((p) => p.type === "minute")!.value);
    await t.db.user.update({
      where: { id: owner.userId },
      data: { timeZone: zone, quietHoursStart: (minuteOfDay + 1440 - 60) % 1440, quietHoursEnd: (minuteOfDay + 90) % 1440 },
    });
    await crawl([reading("B0QUIET001", ago(60), { price: 50, buyBoxPrice: 50 })]);
    await crawl([reading("B0QUIET001", ago(2), { price: 30, buyBoxPrice: 30 })]);

    const now = new Date();
    expect(await deliver(now)).toMatchObject({ sent: 0, deferred: 1 });
    expect(inboxOf(owner.email)).toHaveLength(0);
    const [held] = await t.db.alertDelivery.findMany({ where: { workspaceId: owner.workspaceId, channel: "email" } });
    expect(held).toMatchObject({ status: "pending", attempts: 0 });
    // Held until the window's end: about 90 minutes from now (to the minute of the zone's clock).
    const wait = (held!.nextAttemptAt.getTime() - now.getTime()) / 60_000;
    expect(wait).toBeGreaterThan(88);
    expect(wait).toBeLessThanOrEqual(90);

    expect(await deliver(held!.nextAttemptAt)).toMatchObject({ sent: 1 });
    expect(inboxOf(owner.email)).toHaveLength(1);
    // Its times are in the person's zone, named.
    expect(inboxOf(owner.email)[0]!.text).toMatch(/GMT\+5:30/);
  });

  it("past the hourly cap, the rest wait for the next digest instead of arriving one by one", async () => {
    const asins = ["B0CAPPED01", "B0CAPPED02", "B0CAPPED03", "B0CAPPED04", "B0CAPPED05"];
    const { owner, crawl } = await workspaceWith(asins);
    await crawl(asins.map((asin) => reading(asin, ago(60), { price: 50, buyBoxPrice: 50 })));
    await crawl(asins.map((asin) => reading(asin, ago(2), { price: 30, buyBoxPrice: 30 })));

    const at = new Date();
    const summary = await deliver(at, 2);
    expect(inboxOf(owner.email)).toHaveLength(2);
    expect(summary.folded).toBeGreaterThanOrEqual(3);
    const folded = await t.db.alertDelivery.findMany({ where: { workspaceId: owner.workspaceId, foldedAt: { not: null } } });
    expect(new Set(folded.map((r) => r.channel))).toEqual(new Set(["email_digest"]));

    // An hour later the cap has room again, but the folded ones are the digest's now.
    expect(await deliver(new Date(at.getTime() + 61 * 60_000), 2)).toMatchObject({ claimed: 0 });
    expect(inboxOf(owner.email)).toHaveLength(2);

    const digest = await sendDigests({ db: t.db, now: new Date(at.getTime() + 24 * 60 * 60_000), transport: smtp.transport, appUrl });
    expect(digest).toMatchObject({ emails: 1, alerts: folded.length });
    const mails = inboxOf(owner.email);
    expect(mails).toHaveLength(3);
    const digestText = mails.at(-1)!.text ?? "";
    const foldedAsins = asins.filter((a) => digestText.includes(a));
    expect(foldedAsins.length).toBe(3);
  });
});
