import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverPendingAlerts } from "@/lib/alerts/deliver-pending-alerts";
import { createGuardedFetch } from "@/lib/net/guarded-fetch";
import { createAnomaly, createTrackedProduct, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

// A receiver that is too slow: the attempt times out, and the retry must be recognisable as
// the same event, while two delivery workers running at once never post it twice.

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
    receiver = await startSlowReceiver(5_000);
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
    const deliver = (at: Date) => deliverPendingAlerts({ db: t.db, now: at, transport: null, fetch: lanFetch, webhookTimeoutMs: 300 });

    // Two workers at the same moment: one claims the row, the other finds nothing to do.
    const [a, b] = await Promise.all([deliver(now), deliver(now)]);
    expect(a.claimed + b.claimed).toBe(1);
    expect(receiver.hits).toHaveLength(1);
    const stored = await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ status: "pending", attempts: 1, lastError: "request failed: timed out after 0.3 s" });

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
});
