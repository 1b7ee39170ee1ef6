import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverPendingAlerts } from "@/lib/alerts/deliver-pending-alerts";
import { createGuardedFetch } from "@/lib/net/guarded-fetch";
import { encryptSecret } from "@/lib/secrets/encrypt-secret";
import { createWebhook } from "@/lib/webhooks/manage-webhooks";
import { SECRET_UNREADABLE } from "@/lib/webhooks/post-webhook";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { encryptPlainWebhookSecrets } from "@/lib/webhooks/webhook-secrets";
import { createAnomaly, createTrackedProduct, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

// The verifier is the code block of docs/webhooks.md, run as a receiver would copy it: it
// shares nothing with the app's signer, so a wrong document (or a signer that drifted from
// it) fails here.
type Verify = (r: { secret: string; body: string; timestamp: unknown; signature: unknown; now?: number }) => boolean;
async function verifierFromDocs(): Promise<Verify> {
  const docs = fs.readFileSync("docs/webhooks.md", "utf8");
  const code = /```js verify\n([\s\S]*?)```/.exec(docs)?.[1];
  if (!code) throw new Error("docs/webhooks.md has no ```js verify block");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "verify-")), "verify.mjs");
  fs.writeFileSync(file, code);
  return (await import(/* @vite-ignore */ file)).verifyAsinRadarWebhook;
}

type Received = { headers: http.IncomingHttpHeaders; body: string };
async function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c)).on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/asin-radar`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const lanFetch = createGuardedFetch({ allowPrivateNetworks: true });
const t0 = new Date("2026-12-01T09:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe.each(testDatabaseKinds())("webhook signatures, replay tolerance and rotation (%s)", (kind) => {
  let t: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let verify: Verify;
  let workspaceId: string;
  let product: Awaited<ReturnType<typeof createTrackedProduct>>;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    receiver = await startReceiver();
    verify = await verifierFromDocs();
    workspaceId = (await createUserWithWorkspace(t.db)).workspaceId;
    product = await createTrackedProduct(t.db, workspaceId, { asin: "B0SIGN0001" });
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  /** One alert delivered to the webhook at `when`; returns the request the receiver got. */
  async function deliverOne(webhookId: string, when: Date) {
    const anomaly = await createAnomaly(t.db, product, { detectedAt: when });
    await queueDelivery(t.db, anomaly, { channel: "webhook", webhookId }, { nextAttemptAt: when });
    const before = receiver.received.length;
    await deliverPendingAlerts({ db: t.db, now: when, transport: null, fetch: lanFetch, appUrl: "https://radar.example.test" });
    expect(receiver.received.length).toBe(before + 1);
    return { anomaly, request: receiver.received.at(-1)! };
  }
  const check = (secret: string, r: Received, now: Date, body = r.body) =>
    verify({ secret, body, timestamp: r.headers["x-asinradar-timestamp"], signature: r.headers["x-asinradar-signature"], now: now.getTime() });

  it("the docs' verifier accepts a real delivery, and rejects another secret, an edited body and a replay after 5 minutes", async () => {
    const { id, secret } = await createWebhook({ db: t.db, workspaceId, input: { url: receiver.url, kinds: ["price_change"] }, allowPrivateNetworks: true });
    const { anomaly, request } = await deliverOne(id, t0);
    expect(request.headers["x-asinradar-event"]).toBe("anomaly.price_change");
    expect(JSON.parse(request.body)).toMatchObject({ version: 1, id: `evt_${anomaly.id}`, type: "anomaly.price_change" });
    expect(request.headers["x-asinradar-signature"]).toMatch(/^sha256=[0-9a-f]{64}$/);

    expect(check(secret, request, t0)).toBe(true);
    expect(check(secret, request, at(4.9))).toBe(true);
    expect(check(secret, request, at(5.1))).toBe(false); // the same request replayed later
    expect(check(secret, request, at(-5.1))).toBe(false);
    expect(check("whsec_someone_else", request, t0)).toBe(false);
    expect(check(secret, request, t0, request.body.replace("B0SIGN0001", "B0EVIL0001"))).toBe(false);

    // At rest the secret is ciphertext only.
    const [row] = await t.query<{ secret: string }>(`SELECT * FROM "Webhook" WHERE id = '${id}'`);
    expect(row!.secret).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it("after a rotation both secrets verify for 24 hours, then only the new one", async () => {
    const { id, secret: oldSecret } = await createWebhook({ db: t.db, workspaceId, input: { url: receiver.url, kinds: ["price_change"] }, allowPrivateNetworks: true });
    const { secret: newSecret, previousSecretExpiresAt } = await rotateWebhookSecret({ db: t.db, workspaceId, id, now: t0 });
    expect(newSecret).not.toBe(oldSecret);
    expect(previousSecretExpiresAt).toEqual(at(24 * 60));

    const during = at(23 * 60);
    const { request: overlap } = await deliverOne(id, during);
    expect(String(overlap.headers["x-asinradar-signature"])).toMatch(/^sha256=[0-9a-f]{64},sha256=[0-9a-f]{64}$/);
    expect(check(oldSecret, overlap, during)).toBe(true);
    expect(check(newSecret, overlap, during)).toBe(true);

    const after = at(24 * 60 + 1);
    const { request: later } = await deliverOne(id, after);
    expect(String(later.headers["x-asinradar-signature"])).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(check(newSecret, later, after)).toBe(true);
    expect(check(oldSecret, later, after)).toBe(false);

    const [row] = await t.query<{ secret: string; previousSecret: string }>(`SELECT * FROM "Webhook" WHERE id = '${id}'`);
    expect([row!.secret, row!.previousSecret]).toEqual([expect.stringMatching(/^v1:/), expect.stringMatching(/^v1:/)]);
    expect(JSON.stringify(row)).not.toContain(newSecret);
    expect(JSON.stringify(row)).not.toContain(oldSecret);
  });

  it("a plain-text secret from before encryption still signs, and is encrypted once at start", async () => {
    const legacy = await t.db.webhook.create({ data: { workspaceId, url: receiver.url, secret: "whsec_saved_in_plain_text" } });
    const { request } = await deliverOne(legacy.id, at(60));
    expect(check("whsec_saved_in_plain_text", request, at(60))).toBe(true);

    expect(await encryptPlainWebhookSecrets({ db: t.db })).toBe(1);
    expect(await encryptPlainWebhookSecrets({ db: t.db })).toBe(0);
    const [row] = await t.query<{ secret: string }>(`SELECT secret FROM "Webhook" WHERE id = '${legacy.id}'`);
    expect(row!.secret).toMatch(/^v1:/);
    const { request: after } = await deliverOne(legacy.id, at(61));
    expect(check("whsec_saved_in_plain_text", after, at(61))).toBe(true);
  });

  it("a receiver that times out gets the same event id and delivery id on the retry, freshly signed", async () => {
    const slowHits: Received[] = [];
    // Answers the first request only after the client gave up, the retry at once.
    const slow = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c)).on("end", () => {
        slowHits.push({ headers: req.headers, body });
        setTimeout(() => res.writeHead(204).end(), slowHits.length === 1 ? 1500 : 0);
      });
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    try {
      const { id, secret } = await createWebhook({
        db: t.db,
        workspaceId,
        input: { url: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/slow`, kinds: ["price_change"] },
        allowPrivateNetworks: true,
      });
      const anomaly = await createAnomaly(t.db, product);
      const row = await queueDelivery(t.db, anomaly, { channel: "webhook", webhookId: id }, { nextAttemptAt: at(300) });
      const deliver = (when: Date) => deliverPendingAlerts({ db: t.db, now: when, transport: null, fetch: lanFetch, webhookTimeoutMs: 300 });
      expect(await deliver(at(300))).toMatchObject({ retrying: 1 });
      expect((await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } })).lastError).toMatch(/timed out/);
      const retryAt = (await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } })).nextAttemptAt;
      expect(await deliver(retryAt)).toMatchObject({ sent: 1 });

      expect(slowHits).toHaveLength(2);
      const [first, second] = slowHits as [Received, Received];
      expect(JSON.parse(second.body).id).toBe(JSON.parse(first.body).id);
      expect(JSON.parse(second.body).id).toBe(`evt_${anomaly.id}`);
      expect(second.headers["x-asinradar-delivery"]).toBe(first.headers["x-asinradar-delivery"]);
      expect(second.headers["x-asinradar-timestamp"]).not.toBe(first.headers["x-asinradar-timestamp"]);
      expect(check(secret, second, retryAt)).toBe(true);
    } finally {
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  });

  it("a secret encrypted under another key fails the delivery at once, with a reason the log translates", async () => {
    const foreign = encryptSecret("whsec_x", { key: crypto.randomBytes(32), context: "webhook-signing-secret" });
    const hook = await t.db.webhook.create({ data: { workspaceId, url: receiver.url, secret: foreign } });
    const anomaly = await createAnomaly(t.db, product);
    const row = await queueDelivery(t.db, anomaly, { channel: "webhook", webhookId: hook.id }, { nextAttemptAt: at(120) });
    const before = receiver.received.length;
    await deliverPendingAlerts({ db: t.db, now: at(120), transport: null, fetch: lanFetch });
    expect(receiver.received.length).toBe(before);
    expect(await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "failed", lastError: SECRET_UNREADABLE });

    // The fix the log suggests works at once: rotating away from it signs with the new secret
    // alone (the unreadable one cannot overlap), and the redelivered event arrives verified.
    const rotated = await rotateWebhookSecret({ db: t.db, workspaceId, id: hook.id, now: at(121) });
    expect(rotated.previousSecretExpiresAt).toBeNull();
    const retry = await queueDelivery(t.db, await createAnomaly(t.db, product), { channel: "webhook", webhookId: hook.id }, { nextAttemptAt: at(122) });
    expect(await deliverPendingAlerts({ db: t.db, now: at(122), transport: null, fetch: lanFetch })).toMatchObject({ sent: 1 });
    const got = receiver.received.at(-1)!;
    expect(String(got.headers["x-asinradar-signature"]).split(",")).toHaveLength(1);
    expect(check(rotated.secret, got, at(122))).toBe(true);
    expect(await t.db.alertDelivery.findUniqueOrThrow({ where: { id: retry.id } })).toMatchObject({ status: "sent" });
  });
});
