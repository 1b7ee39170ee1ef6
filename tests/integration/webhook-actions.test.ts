import "../support/next-request-mocks";
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addWebhook, redeliver, rotateSecret, sendTestEvent, toggleWebhook } from "@/lib/actions/webhooks";
import { deliverPendingAlerts } from "@/lib/alerts/deliver-pending-alerts";
import { createGuardedFetch } from "@/lib/net/guarded-fetch";
import { createAnomaly, createMember, createTrackedProduct, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

// The receiver runs on 127.0.0.1: configured as a self-hoster delivering to their own network.
vi.hoisted(() => vi.stubEnv("WEBHOOK_ALLOW_PRIVATE_NETWORKS", "true"));

const signed = (secret: string, h: http.IncomingHttpHeaders, body: string) =>
  String(h["x-asinradar-signature"]).split(",").includes(`sha256=${crypto.createHmac("sha256", secret).update(`${h["x-asinradar-timestamp"]}.${body}`).digest("hex")}`);

describe.each(testDatabaseKinds())("Send test and Redeliver through server actions (%s)", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let server: http.Server;
  let url: string;
  let status = 204;
  const hits: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c)).on("end", () => {
        hits.push({ headers: req.headers, body });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t.close();
  });
  beforeEach(() => {
    request.reset(t.db);
    request.userId = alice.userId;
    status = 204;
  });

  async function aliceWebhook() {
    const res = await addWebhook({ url, kinds: ["price_change"] });
    if (!res.ok) throw new Error(res.error.message);
    return res.data;
  }

  it("Send test posts a signed test.ping now and returns the status; a failure comes back translated or as the receiver's answer", async () => {
    const { id, secret } = await aliceWebhook();
    const before = hits.length;
    expect(await sendTestEvent({ id })).toEqual({ ok: true, data: { ok: true, statusCode: 204 } });
    expect(hits.length).toBe(before + 1);
    const hit = hits.at(-1)!;
    expect(hit.headers["x-asinradar-event"]).toBe("test.ping");
    expect(JSON.parse(hit.body)).toMatchObject({ version: 1, type: "test.ping", id: expect.stringMatching(/^evt_test_/), webhook: { id, url }, workspace: { id: alice.workspaceId } });
    expect(signed(secret, hit.headers, hit.body)).toBe(true);

    status = 500;
    expect(await sendTestEvent({ id })).toEqual({ ok: true, data: { ok: false, statusCode: 500, error: "HTTP 500", errorKey: null } });
    // A cloud metadata address is refused even on a LAN setup: translated in the UI by its key.
    const metadata = await t.db.webhook.create({ data: { workspaceId: alice.workspaceId, url: "http://169.254.169.254/latest", secret: "whsec_x" } });
    expect(await sendTestEvent({ id: metadata.id })).toMatchObject({ ok: true, data: { ok: false, statusCode: null, errorKey: "blocked" } });
    // Tests are not alerts: the delivery log stays empty.
    expect(await t.db.alertDelivery.count({ where: { webhookId: { in: [id, metadata.id] } } })).toBe(0);
    expect(await sendTestEvent({ id: "" })).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { id: expect.any(String) } } });
  });

  it("Redeliver queues the same row again (same delivery id, same event id); pending or disabled is refused", async () => {
    const { id: webhookId } = await aliceWebhook();
    const product = await createTrackedProduct(t.db, alice.workspaceId);
    const anomaly = await createAnomaly(t.db, product);
    const row = await queueDelivery(t.db, anomaly, { channel: "webhook", webhookId }, { nextAttemptAt: new Date() });
    const lanFetch = createGuardedFetch({ allowPrivateNetworks: true });
    await deliverPendingAlerts({ db: t.db, transport: null, fetch: lanFetch, workspaceId: alice.workspaceId });
    const first = hits.at(-1)!;
    expect(await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", attempts: 1 });

    expect(await redeliver({ deliveryId: row.id })).toMatchObject({ ok: true });
    const queued = await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(queued).toMatchObject({ status: "pending", attempts: 0, lastError: null, sentAt: null });
    expect(Math.abs(queued.nextAttemptAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await redeliver({ deliveryId: row.id })).toMatchObject({ ok: false, error: { code: "CONFLICT", message: "This delivery is already queued." } });

    await deliverPendingAlerts({ db: t.db, transport: null, fetch: lanFetch, workspaceId: alice.workspaceId });
    const again = hits.at(-1)!;
    expect(again).not.toBe(first);
    expect(again.headers["x-asinradar-delivery"]).toBe(first.headers["x-asinradar-delivery"]);
    expect(JSON.parse(again.body).id).toBe(JSON.parse(first.body).id);
    expect(JSON.parse(again.body).id).toBe(`evt_${anomaly.id}`);

    expect(await toggleWebhook({ id: webhookId, active: false })).toMatchObject({ ok: true });
    expect(await redeliver({ deliveryId: row.id })).toMatchObject({ ok: false, error: { code: "CONFLICT", message: "The webhook is disabled: enable it first." } });
  });

  it("members and viewers get 403; another workspace's webhook or delivery is not found and untouched", async () => {
    const { id } = await aliceWebhook();
    const product = await createTrackedProduct(t.db, alice.workspaceId);
    const row = await queueDelivery(t.db, await createAnomaly(t.db, product), { channel: "webhook", webhookId: id });
    await t.db.alertDelivery.update({ where: { id: row.id }, data: { status: "failed", attempts: 6, lastError: "HTTP 500" } });
    const stored = await t.db.webhook.findUniqueOrThrow({ where: { id } });
    const before = hits.length;

    for (const role of ["member", "viewer"] as const) {
      request.userId = (await createMember(t.db, alice.workspaceId, { role })).id;
      for (const res of [await sendTestEvent({ id }), await rotateSecret({ id }), await redeliver({ deliveryId: row.id })]) {
        expect(res).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      }
    }
    request.userId = bob.userId; // owner of his own workspace
    for (const res of [await sendTestEvent({ id }), await rotateSecret({ id }), await redeliver({ deliveryId: row.id })]) {
      expect(res).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    expect(hits.length).toBe(before);
    expect(await t.db.webhook.findUniqueOrThrow({ where: { id } })).toEqual(stored);
    expect(await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "failed", attempts: 6 });

    request.userId = alice.userId;
    const rotated = await rotateSecret({ id });
    expect(rotated).toMatchObject({ ok: true, data: { secret: expect.stringMatching(/^whsec_/) } });
    expect(await redeliver({ deliveryId: row.id })).toMatchObject({ ok: true });
  });
});
