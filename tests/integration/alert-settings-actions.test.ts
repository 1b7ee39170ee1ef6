import "../support/next-request-mocks";
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { alertKinds } from "@/lib/alerts/schemas";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addProductsFromText, refreshProductsNow } from "@/lib/actions/products";
import { backgroundCrawlsIdle } from "@/lib/jobs/background-crawls";
import { createEmbeddedScheduler } from "@/lib/jobs/embedded-scheduler";
import { registerScheduler } from "@/lib/jobs/scheduler-registry";
import { readEnv } from "@/lib/config/env";
import { updateNotifications } from "@/lib/actions/notifications";
import { addWebhook, removeWebhook, toggleWebhook } from "@/lib/actions/webhooks";
import { listWebhooks } from "@/lib/webhooks/manage-webhooks";
import { createAnomaly, createMember, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { testJobDeps } from "../support/job-deps";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

// The receiver below runs on 127.0.0.1, so this app is configured as a self-hoster delivering
// to their own network would configure it (set before any module reads the environment).
vi.hoisted(() => vi.stubEnv("WEBHOOK_ALLOW_PRIVATE_NETWORKS", "true"));

describe.each(testDatabaseKinds())("notification and webhook settings through server actions (%s)", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let server: http.Server;
  let hookUrl: string;
  const hits: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c)).on("end", () => {
        hits.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await backgroundCrawlsIdle();
    await new Promise((r) => server.close(r));
    await t.close();
  });
  beforeEach(() => {
    request.reset(t.db);
    request.userId = alice.userId;
  });

  it("a member saves their email mode and kinds; all kinds ticked is stored as 'every kind'", async () => {
    expect(await updateNotifications({ emailMode: "digest", kinds: ["price_change", "out_of_stock"] })).toMatchObject({ ok: true });
    expect(await t.db.membership.findFirst({ where: { userId: alice.userId } })).toMatchObject({ emailMode: "digest", alertKinds: ["price_change", "out_of_stock"] });

    expect(await updateNotifications({ emailMode: "instant", kinds: [...alertKinds] })).toMatchObject({ ok: true, data: { alertKinds: [] } });

    const none = await updateNotifications({ emailMode: "instant", kinds: [] });
    expect(none).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { kinds: "Choose at least one kind of alert." } } });
    const badMode = await updateNotifications({ emailMode: "hourly" as never, kinds: ["price_change"] });
    expect(badMode).toMatchObject({ ok: false, error: { fields: { emailMode: "Choose one of the options." } } });
  });

  it("a viewer may choose their own notifications (they receive alerts too)", async () => {
    const viewer = await createMember(t.db, alice.workspaceId, { role: "viewer" });
    request.userId = viewer.id;
    expect(await updateNotifications({ emailMode: "none", kinds: ["rating_drop"] })).toMatchObject({ ok: true });
    expect(await t.db.membership.findFirst({ where: { userId: viewer.id } })).toMatchObject({ emailMode: "none" });
    expect(await addWebhook({ url: hookUrl, kinds: ["rating_drop"] })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("adding a webhook validates the URL and kinds field by field, in the user's language", async () => {
    expect(await addWebhook({ url: "not a url", kinds: ["price_change"] })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { url: "Enter a full URL starting with https:// or http://." } },
    });
    expect(await addWebhook({ url: "ftp://files.example.com/x", kinds: ["price_change"] })).toMatchObject({ ok: false, error: { fields: { url: expect.any(String) } } });
    expect(await addWebhook({ url: "", kinds: ["price_change"] })).toMatchObject({ ok: false, error: { fields: { url: "This field is required." } } });
    request.locale = "zh-CN";
    expect(await addWebhook({ url: hookUrl, kinds: [] })).toMatchObject({ ok: false, error: { fields: { kinds: "请至少选择一种提醒类型。" } } });
    expect(await t.db.webhook.count()).toBe(0);
  });

  it("the secret is shown on creation only, stored encrypted, never in the list; another workspace gets not found", async () => {
    const created = await addWebhook({ url: hookUrl, kinds: ["price_change", "bsr_change"] });
    expect(created).toMatchObject({ ok: true, data: { url: hookUrl, secret: expect.stringMatching(/^whsec_[\w-]{43}$/) } });
    const { id, secret } = (created as { data: { id: string; secret: string } }).data;
    const [listed] = await listWebhooks({ db: t.db, workspaceId: alice.workspaceId, revealUrls: true });
    expect(listed).toMatchObject({ id, kinds: ["price_change", "bsr_change"], active: true });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed!.url).toBe(hookUrl);
    // A receiver URL can be the credential (Slack, Discord): members and viewers see its host only.
    const [masked] = await listWebhooks({ db: t.db, workspaceId: alice.workspaceId, revealUrls: false });
    expect(masked!.url).toBe(`${new URL(hookUrl).origin}/…`);
    const [row] = await t.query<Record<string, unknown>>(`SELECT * FROM "Webhook" WHERE id = '${id}'`);
    expect(row!.secret).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain(secret);

    request.userId = bob.userId;
    for (const res of [await toggleWebhook({ id, active: false }), await removeWebhook({ id })]) {
      expect(res).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    expect(await t.db.webhook.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: true });

    request.userId = alice.userId;
    expect(await toggleWebhook({ id, active: false })).toMatchObject({ ok: true });
    expect(await t.db.webhook.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false });
    expect(await removeWebhook({ id })).toMatchObject({ ok: true });
    expect(await t.db.webhook.count({ where: { id } })).toBe(0);
  });

  it("'Refresh now' answers before any delivery is attempted; the delivery worker then sends each event once, signed", async () => {
    // Twenty receivers that hold every request until the test lets them answer.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slowHits: string[] = [];
    const slow = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c)).on("end", () => {
        slowHits.push(String(req.headers["x-asinradar-delivery"]));
        void gate.then(() => res.writeHead(204).end());
      });
    });
    await new Promise<void>((r) => slow.listen(0, "127.0.0.1", r));
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/hook`;
    const scheduler = createEmbeddedScheduler({ deps: testJobDeps(t.db), schedules: readEnv().schedules });
    registerScheduler(scheduler);
    try {
      const created = await addWebhook({ url: hookUrl, kinds: ["price_change"] });
      const { id: webhookId, secret } = (created as { data: { id: string; secret: string } }).data;
      expect(await addProductsFromText({ text: "B0DEMO0009", marketplace: "US", kind: "own", tags: "" })).toMatchObject({ ok: true });
      await backgroundCrawlsIdle(); // its first reading, started by adding it
      const product = await t.db.product.findFirstOrThrow({ where: { workspaceId: alice.workspaceId, asin: "B0DEMO0009" } });
      // As detection would leave them: pending rows due now, one per receiver.
      const anomaly = await createAnomaly(t.db, product);
      const row = await queueDelivery(t.db, anomaly, { channel: "webhook", webhookId }, { nextAttemptAt: new Date() });
      const slowRows = [];
      for (let i = 0; i < 20; i++) {
        const hook = await t.db.webhook.create({ data: { workspaceId: alice.workspaceId, url: `${slowUrl}/${i}`, secret: `s${i}` } });
        slowRows.push(await queueDelivery(t.db, anomaly, { channel: "webhook", webhookId: hook.id }, { nextAttemptAt: new Date() }));
      }
      const before = hits.length;

      expect(await refreshProductsNow({ ids: [product.id] })).toMatchObject({ ok: true });
      // Answered while every slow receiver still holds its request: nothing was waited for.
      const pending = await t.db.alertDelivery.count({ where: { id: { in: slowRows.map((r) => r.id) }, status: "pending", attempts: 0 } });
      expect(pending).toBe(20);

      release();
      await scheduler.stop(); // waits for the delivery run the refresh asked for
      expect(hits.length).toBe(before + 1);
      const hit = hits.at(-1)!;
      const signed = `sha256=${crypto.createHmac("sha256", secret).update(`${hit.headers["x-asinradar-timestamp"]}.${hit.body}`).digest("hex")}`;
      expect(hit.headers["x-asinradar-signature"]).toBe(signed);
      expect(await t.db.alertDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", statusCode: 204 });
      expect(slowHits.sort()).toEqual(slowRows.map((r) => r.id).sort());
      expect(await t.db.alertDelivery.count({ where: { id: { in: slowRows.map((r) => r.id) }, status: "sent" } })).toBe(20);
      const listed = (await listWebhooks({ db: t.db, workspaceId: alice.workspaceId, revealUrls: true })).find((w) => w.id === webhookId)!;
      expect(listed.deliveries.map((d) => [d.status, d.statusCode, d.anomaly.product.asin])).toEqual([["sent", 204, "B0DEMO0009"]]);
    } finally {
      registerScheduler(undefined);
      await new Promise<void>((r) => slow.close(() => r()));
    }
  });
});
