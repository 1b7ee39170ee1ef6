import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ATTEMPTS } from "@/lib/alerts/backoff";
import { deliverPendingAlerts, WEBHOOK_DISABLED } from "@/lib/alerts/deliver-pending-alerts";
import { createGuardedFetch } from "@/lib/net/guarded-fetch";
import { createAnomaly, createTrackedProduct, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

type Received = { headers: http.IncomingHttpHeaders; body: string };

// A receiver as a customer would write it: it recomputes the signature from the raw body.
async function startReceiver() {
  const received: Received[] = [];
  let status = 200;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status).end(status >= 400 ? "boom" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/asin-radar`,
    received,
    answer: (code: number) => (status = code),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const validSignature = (secret: string, r: Received) => {
  const ts = String(r.headers["x-asinradar-timestamp"]);
  const expected = `sha256=${crypto.createHmac("sha256", secret).update(`${ts}.${r.body}`).digest("hex")}`;
  return r.headers["x-asinradar-signature"] === expected;
};

const appUrl = "https://radar.example.test";
// The receiver runs on 127.0.0.1: a self-hoster's own network, allowed on purpose.
const lanFetch = createGuardedFetch({ allowPrivateNetworks: true });
const now = new Date("2026-11-10T06:15:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe.each(testDatabaseKinds())("signed webhooks (%s)", (kind) => {
  let t: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let workspaceId: string;
  let product: Awaited<ReturnType<typeof createTrackedProduct>>;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    receiver = await startReceiver();
    workspaceId = (await createUserWithWorkspace(t.db)).workspaceId;
    product = await createTrackedProduct(t.db, workspaceId, { asin: "B0WATER001", marketplace: "UK", title: "Acme Steel Water Bottle 750 ml" });
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  const deliver = (at: Date) => deliverPendingAlerts({ db: t.db, now: at, transport: null, appUrl, fetch: lanFetch });
  const webhook = (secret = "whsec_test_secret") => t.db.webhook.create({ data: { workspaceId, url: receiver.url, secret } });

  it("posts the alert as JSON signed with the webhook's secret, and logs the status code", async () => {
    receiver.answer(200);
    const hook = await webhook();
    const anomaly = await createAnomaly(t.db, product);
    const row = await queueDelivery(t.db, anomaly, { channel: "webhook", webhookId: hook.id });
    expect(await deliver(now)).toMatchObject({ claimed: 1, sent: 1 });

    expect(receiver.received).toHaveLength(1);
    const req = receiver.received[0]!;
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.headers["x-asinradar-timestamp"]).toBe(String(now.getTime() / 1000));
    expect(req.headers["x-asinradar-delivery"]).toBe(row.id);
    expect(validSignature("whsec_test_secret", req)).toBe(true);
    expect(validSignature("another secret", req)).toBe(false);
    expect(req.headers["x-asinradar-event"]).toBe("anomaly.price_change");
    expect(JSON.parse(req.body)).toEqual({
      version: 1,
      id: `evt_${anomaly.id}`,
      type: "anomaly.price_change",
      created: anomaly.createdAt.toISOString(),
      detected_at: "2026-11-10T06:10:00.000Z",
      workspace: { id: workspaceId, name: expect.any(String) },
      severity: "warning",
      product: {
        id: product.id,
        asin: "B0WATER001",
        marketplace: "UK",
        title: "Acme Steel Water Bottle 750 ml",
        url: "https://www.amazon.co.uk/dp/B0WATER001",
        app_url: `${appUrl}/w/${workspaceId}/products/${product.id}?at=2026-11-10T06%3A10%3A00.000Z`,
      },
      group: null,
      currency: "GBP",
      before: { price: "24.99" },
      after: { price: "19.99" },
      change: { amount: "-5.00", percent: -20.01 },
      reason: "The price fell 20%, from $24.99 to $19.99 (threshold 10%).",
    });
    expect(await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", statusCode: 200, attempts: 1, lastError: null });
  });

  it("a receiver answering 500 gets retried on the backoff schedule, then the delivery is marked failed", async () => {
    receiver.answer(500);
    const hook = await webhook();
    const anomaly = await createAnomaly(t.db, product, { kind: "buy_box_seller_change", severity: "critical", reason: { key: "buy_box_seller_change", values: { before: "Acme", after: "Cheapo" } } });
    const row = await queueDelivery(t.db, anomaly, { channel: "webhook", webhookId: hook.id }, { nextAttemptAt: minutes(10) });
    const requestsBefore = receiver.received.length;

    let at = minutes(10);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliver(at)).toMatchObject({ claimed: 1 });
      const stored = await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } });
      expect(stored).toMatchObject({ attempts: attempt, statusCode: 500, lastError: "HTTP 500" });
      if (attempt < MAX_ATTEMPTS) {
        expect(stored.status).toBe("pending");
        waits.push((stored.nextAttemptAt.getTime() - at.getTime()) / 60_000);
        // One second before it is due, nothing is tried.
        expect(await deliver(new Date(stored.nextAttemptAt.getTime() - 1000))).toMatchObject({ claimed: 0 });
        at = stored.nextAttemptAt;
      } else {
        expect(stored.status).toBe("failed");
      }
    }
    // Doubling, then hourly, for a day: an outage of a day loses nothing.
    expect(waits.slice(0, 8)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(24 * 60);
    expect(receiver.received.length - requestsBefore).toBe(MAX_ATTEMPTS);
    expect(receiver.received.slice(requestsBefore).every((r) => r.headers["x-asinradar-delivery"] === row.id)).toBe(true);
    // A failed delivery is final: later runs leave it alone.
    expect(await deliver(new Date(at.getTime() + 48 * 60 * 60_000))).toMatchObject({ claimed: 0 });
  });

  it("an unreachable receiver records the network error; a disabled webhook fails without a request", async () => {
    const closed = await startReceiver();
    await closed.close();
    const dead = await t.db.webhook.create({ data: { workspaceId, url: closed.url, secret: "s" } });
    const off = await t.db.webhook.create({ data: { workspaceId, url: receiver.url, secret: "s", active: false } });
    const anomaly = await createAnomaly(t.db, product, { kind: "back_in_stock", reason: { key: "back_in_stock", values: {} } });
    const a = await queueDelivery(t.db, anomaly, { channel: "webhook", webhookId: dead.id }, { nextAttemptAt: minutes(3000) });
    const b = await queueDelivery(t.db, anomaly, { channel: "webhook", webhookId: off.id }, { nextAttemptAt: minutes(3000) });
    const before = receiver.received.length;
    expect(await deliver(minutes(3000))).toMatchObject({ claimed: 2, retrying: 1, failed: 1 });
    const rowA = await t.db.alertDelivery.findUniqueOrThrow({ where: { id: a.id } });
    expect(rowA).toMatchObject({ status: "pending", attempts: 1, statusCode: null });
    expect(rowA.lastError).toMatch(/^request failed: ECONNREFUSED/);
    expect(await t.db.alertDelivery.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "failed", lastError: WEBHOOK_DISABLED });
    expect(receiver.received.length).toBe(before);
  });
});
