import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDueAlerts } from "@/lib/alerts/deliver-due-alerts";
import { deliverPendingAlerts } from "@/lib/alerts/deliver-pending-alerts";
import { createGuardedFetch } from "@/lib/net/guarded-fetch";
import { createAnomaly, createTrackedProduct, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

// A receiver that is too slow (it holds each request 10 s; the attempt gives up after 2 s, long
// enough for a loaded machine to get the request there): the attempt times out, the retry must
// be recognisable as the same event, and two workers running at once never post it twice.

type Hit = { delivery: string; body: string };

async function startSlowReceiver(holdMs: number) {
  const hits: Hit[] = [];
  let slow = true;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c)).on("end", () => {
      hits.push({ delivery: String(req.headers["x-asinradar-delivery"]), body });
      if (slow) setTimeout(() => res.writeHead(200).end(), holdMs).unref();
      else res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    hits,
    recover: () => (slow = false),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const lanFetch = createGuardedFetch({ allowPrivateNetworks: true });

describe.each(testDatabaseKinds())("a webhook receiver that times out (%s)", (kind) => {
  let t: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startSlowReceiver>>;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    receiver = await startSlowReceiver(10_000);
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  it("gets the same event on the retry, and one request per attempt even with two workers", async () => {
    const { workspaceId } = await createUserWithWorkspace(t.db);
    const product = await createTrackedProduct(t.db, workspaceId, { asin: "B0SLOWHOOK" });
    const hook = await t.db.webhook.create({ data: { workspaceId, url: receiver.url, secret: "whsec_slow" } });
    const row = await queueDelivery(t.db, await createAnomaly(t.db, product), { channel: "webhook", webhookId: hook.id });
    const now = new Date();
    const deliver = (at: Date) => deliverPendingAlerts({ db: t.db, now: at, transport: null, fetch: lanFetch, webhookTimeoutMs: 2_000 });

    // Two workers at the same moment: one claims the row, the other finds nothing to do.
    const [a, b] = await Promise.all([deliver(now), deliver(now)]);
    expect(a.claimed + b.claimed).toBe(1);
    expect(receiver.hits).toHaveLength(1);
    const stored = await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ status: "pending", attempts: 1, lastError: "request failed: timed out after 2 s" });

    receiver.recover();
    // Not before its backoff has passed, then once.
    expect(await deliver(new Date(stored.nextAttemptAt.getTime() - 1000))).toMatchObject({ claimed: 0 });
    expect(await deliver(stored.nextAttemptAt)).toMatchObject({ claimed: 1, sent: 1 });
    expect(receiver.hits).toHaveLength(2);
    const [first, retry] = receiver.hits;
    expect(retry!.delivery).toBe(first!.delivery);
    expect(JSON.parse(retry!.body)).toEqual(JSON.parse(first!.body));
    expect(await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("the delivery job turns off an endpoint that has failed every delivery for days, and leaves a healthy one alone", async () => {
    const { workspaceId } = await createUserWithWorkspace(t.db);
    const product = await createTrackedProduct(t.db, workspaceId, { asin: "B0DEADHOOK" });
    const gone = await startSlowReceiver(0);
    await gone.close(); // nothing listens there any more
    const days = (n: number) => new Date(Date.now() - n * 86_400_000);
    const dead = await t.db.webhook.create({ data: { workspaceId, url: gone.url, secret: "s", enabledAt: days(30) } });
    const healthy = await t.db.webhook.create({ data: { workspaceId, url: receiver.url, secret: "s", enabledAt: days(30) } });
    receiver.recover();
    // Six days of failed events at the dead one, and a fresh event for both now.
    for (const age of [6, 3]) {
      const failed = await queueDelivery(t.db, await createAnomaly(t.db, product), { channel: "webhook", webhookId: dead.id });
      await t.db.alertDelivery.update({ where: { id: failed.id }, data: { status: "failed", attempts: 30, createdAt: days(age), lastError: "request failed: ECONNREFUSED" } });
    }
    const fresh = await createAnomaly(t.db, product, { kind: "back_in_stock", reason: { key: "back_in_stock", values: {} } });
    await queueDelivery(t.db, fresh, { channel: "webhook", webhookId: dead.id });
    await queueDelivery(t.db, fresh, { channel: "webhook", webhookId: healthy.id });

    const summary = await deliverDueAlerts({ db: t.db, transport: null, fetch: lanFetch });
    expect(summary).toMatchObject({ sent: 1, retrying: 1, webhooksDisabled: 1 });
    expect(await t.db.webhook.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ active: false, disabledReason: "failing" });
    expect(await t.db.webhook.findUniqueOrThrow({ where: { id: healthy.id } })).toMatchObject({ active: true });
  });
});
