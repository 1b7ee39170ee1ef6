import "../support/next-request-mocks";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addWebhook } from "@/lib/actions/webhooks";
import { deliverPendingAlerts } from "@/lib/alerts/deliver-pending-alerts";
import { createWebhook } from "@/lib/webhooks/manage-webhooks";
import { deliveryErrorKey, REDIRECT_NOT_FOLLOWED, WEBHOOK_BLOCKED } from "@/lib/webhooks/post-webhook";
import { readEnv } from "@/lib/config/env";
import { isAppError } from "@/lib/errors/app-error";
import { createGuardedFetch, type HostLookup } from "@/lib/net/guarded-fetch";
import { createAnomaly, createTrackedProduct, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { request, translatorFor } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

// The app as shipped: private networks not allowed (whatever the shell running the tests says).
vi.hoisted(() => vi.stubEnv("WEBHOOK_ALLOW_PRIVATE_NETWORKS", ""));

// A receiver on 127.0.0.1 standing in for anything internal (a database, an admin port).
async function startServer(answer: (res: http.ServerResponse) => void = (res) => res.writeHead(200).end("ok")) {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    req.resume().on("end", () => answer(res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const resolvesTo =
  (...addresses: string[]): HostLookup =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

// Every form in which a URL can name an internal address.
const internalUrls = [
  "http://169.254.169.254/latest/meta-data/",
  "http://127.0.0.1:5432/",
  "http://10.0.0.1/",
  "http://172.16.0.1/",
  "http://192.168.1.1/",
  "http://[::1]/",
  "http://2130706433/",
  "http://0x7f.1/",
  "http://0177.0.0.1/",
  "http://127.1/",
  "http://metadata.google.internal/computeMetadata/v1/",
  "http://metadata.google.internal./",
  "http://[::ffff:127.0.0.1]/",
  "http://[::ffff:169.254.169.254]/",
  "http://100.64.0.1/",
  "http://0.0.0.0/",
  "http://224.0.0.1/",
  "http://[fe80::1]/",
  "http://[fc00::1]/",
  "http://[2002:7f00:1::]/",
  "http://[64:ff9b::7f00:1]/",
  "https://localhost/",
  "HTTP://LOCALHOST./",
];

const privateAddressMessage = "Webhooks can only be sent to public internet addresses; this URL points to a private, local or internal network.";
const now = new Date("2026-11-10T06:15:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe.each(testDatabaseKinds())("webhooks cannot reach private or internal addresses (%s)", (kind) => {
  let t: TestDatabase;
  let owner: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let product: Awaited<ReturnType<typeof createTrackedProduct>>;
  let internal: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    owner = await createUserWithWorkspace(t.db, { name: "Olive" });
    product = await createTrackedProduct(t.db, owner.workspaceId);
    internal = await startServer();
  });
  afterAll(async () => {
    await internal.close();
    await t.close();
  });
  beforeEach(() => {
    request.reset(t.db);
    request.userId = owner.userId;
  });

  const queue = async (url: string, at = now) => {
    const hook = await t.db.webhook.create({ data: { workspaceId: owner.workspaceId, url, secret: "whsec_test" } });
    return queueDelivery(t.db, await createAnomaly(t.db, product), { channel: "webhook", webhookId: hook.id }, { nextAttemptAt: at });
  };
  const row = (id: string) => t.db.alertDelivery.findUniqueOrThrow({ where: { id } });
  // Short timeouts: if the guard let a request through to an unroutable address, it fails fast as a network error.
  const strictFetch = (lookup?: HostLookup) => createGuardedFetch({ allowPrivateNetworks: false, lookup, connectTimeoutMs: 1_000, timeoutMs: 2_000 });

  it.each(internalUrls)("saving %s is refused on the url field", async (url) => {
    expect(await addWebhook({ url, kinds: ["price_change"] })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { url: privateAddressMessage } },
    });
  });

  it("refuses other schemes and explains the field in Chinese too; nothing was saved", async () => {
    for (const url of ["ftp://files.example.com/x", "file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "javascript:alert(1)"]) {
      expect(await addWebhook({ url, kinds: ["price_change"] })).toMatchObject({ ok: false, error: { fields: { url: "Enter a full URL starting with https:// or http://." } } });
    }
    request.locale = "zh-CN";
    expect(await addWebhook({ url: "http://10.0.0.1/", kinds: ["price_change"] })).toMatchObject({
      ok: false,
      error: { fields: { url: "Webhook 只能发送到公网地址；此地址指向私有、本地或内部网络。" } },
    });
    expect(await t.db.webhook.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);
  });

  it("refuses a name that resolves to a private address when saved, if any of its addresses is", async () => {
    for (const lookup of [resolvesTo("10.1.2.3"), resolvesTo("93.184.216.34", "127.0.0.1"), resolvesTo("2606:4700::1111", "fd00::5")]) {
      const err = await createWebhook({ db: t.db, workspaceId: owner.workspaceId, input: { url: "https://hooks.example.test/in", kinds: ["price_change"] }, lookup }).catch((e) => e);
      expect(isAppError(err) && err.fields).toEqual({ url: "privateAddress" });
    }
    const saved = await createWebhook({ db: t.db, workspaceId: owner.workspaceId, input: { url: "https://hooks.example.test/in", kinds: ["price_change"] }, lookup: resolvesTo("93.184.216.34") });
    expect(saved.url).toBe("https://hooks.example.test/in");
    // Public addresses, and names this machine cannot resolve (checked again at delivery), are saved.
    expect(await addWebhook({ url: "http://93.184.216.34/hook", kinds: ["price_change"] })).toMatchObject({ ok: true });
    expect(await addWebhook({ url: "https://hooks.example.invalid/in", kinds: ["price_change"] })).toMatchObject({ ok: true });
    await t.db.webhook.deleteMany({ where: { workspaceId: owner.workspaceId } });
  });

  it("at delivery, every form of an internal address is blocked before connecting, logged, and not retried", async () => {
    const port = internal.port;
    const urls = [
      ...internalUrls,
      `http://127.0.0.1:${port}/`,
      `http://2130706433:${port}/`,
      `http://0x7f.1:${port}/`,
      `http://0177.0.0.1:${port}/`,
      `http://127.1:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      `http://0.0.0.0:${port}/`,
      `http://localhost:${port}/`,
    ];
    // Rows written directly: as if saved before this check existed, or by a bug in it.
    const rows = [];
    for (const url of urls) rows.push({ url, id: (await queue(url)).id });

    const summary = await deliverPendingAlerts({ db: t.db, now, transport: null, fetch: strictFetch(), limit: 100, webhookTimeoutMs: 2_000 });
    expect(summary).toMatchObject({ claimed: urls.length, failed: urls.length, sent: 0, retrying: 0 });
    for (const r of rows) {
      expect({ url: r.url, ...(await row(r.id)) }).toMatchObject({ url: r.url, status: "failed", attempts: 1, lastError: WEBHOOK_BLOCKED, statusCode: null });
    }
    expect(internal.hits).toEqual([]);
    // Final: later runs leave the rows alone.
    expect(await deliverPendingAlerts({ db: t.db, now: minutes(60), transport: null, fetch: strictFetch() })).toMatchObject({ claimed: 0 });
  });

  it("the app's default client (from the environment) blocks too", async () => {
    const { id } = await queue(`http://127.0.0.1:${internal.port}/default`, minutes(100));
    expect(await deliverPendingAlerts({ db: t.db, now: minutes(100), transport: null })).toMatchObject({ claimed: 1, failed: 1 });
    expect(await row(id)).toMatchObject({ status: "failed", lastError: WEBHOOK_BLOCKED });
    expect(internal.hits).toEqual([]);
  });

  it("a name that was public when saved and resolves to 127.0.0.1 at delivery (DNS rebinding) is blocked", async () => {
    const url = `http://rebind.example.test:${internal.port}/hook`;
    await createWebhook({ db: t.db, workspaceId: owner.workspaceId, input: { url, kinds: ["price_change"] }, lookup: resolvesTo("93.184.216.34") });
    const hook = await t.db.webhook.findFirstOrThrow({ where: { url } });
    const a = await queueDelivery(t.db, await createAnomaly(t.db, product), { channel: "webhook", webhookId: hook.id }, { nextAttemptAt: minutes(200) });
    expect(await deliverPendingAlerts({ db: t.db, now: minutes(200), transport: null, fetch: strictFetch(resolvesTo("127.0.0.1")) })).toMatchObject({ failed: 1 });
    expect(await row(a.id)).toMatchObject({ status: "failed", lastError: WEBHOOK_BLOCKED });

    // One public and one private answer: still refused (the connection could take either).
    const b = await queueDelivery(t.db, await createAnomaly(t.db, product), { channel: "webhook", webhookId: hook.id }, { nextAttemptAt: minutes(300) });
    await deliverPendingAlerts({ db: t.db, now: minutes(300), transport: null, fetch: strictFetch(resolvesTo("93.184.216.34", "127.0.0.1")) });
    expect(await row(b.id)).toMatchObject({ status: "failed", lastError: WEBHOOK_BLOCKED });
    expect(internal.hits).toEqual([]);
  });

  it("a redirect is never followed, even to an allowed address, and is logged as a failure", async () => {
    const target = await startServer();
    const redirector = await startServer((res) => res.writeHead(302, { Location: `http://127.0.0.1:${target.port}/internal` }).end());
    const { id } = await queue(`http://127.0.0.1:${redirector.port}/hook`, minutes(400));
    const lan = createGuardedFetch({ allowPrivateNetworks: true });
    expect(await deliverPendingAlerts({ db: t.db, now: minutes(400), transport: null, fetch: lan })).toMatchObject({ claimed: 1, retrying: 1 });
    expect(redirector.hits).toEqual(["/hook"]);
    expect(target.hits).toEqual([]);
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 1, statusCode: 302, lastError: REDIRECT_NOT_FOLLOWED });
    await Promise.all([target.close(), redirector.close()]);
  });

  it("WEBHOOK_ALLOW_PRIVATE_NETWORKS=true lets a self-hoster save and deliver to their own network, never to the metadata service", async () => {
    const env = readEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true" });
    expect(env.webhookAllowPrivateNetworks).toBe(true);
    expect(readEnv({}).webhookAllowPrivateNetworks).toBe(false);
    expect(() => readEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: "yes" })).toThrow(/WEBHOOK_ALLOW_PRIVATE_NETWORKS: must be true or false/);

    const allow = { allowPrivateNetworks: env.webhookAllowPrivateNetworks };
    const url = `http://127.0.0.1:${internal.port}/lan`;
    const saved = await createWebhook({ db: t.db, workspaceId: owner.workspaceId, input: { url, kinds: ["price_change"] }, ...allow });
    for (const metadata of ["http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/", "http://0.0.0.0/"]) {
      const err = await createWebhook({ db: t.db, workspaceId: owner.workspaceId, input: { url: metadata, kinds: ["price_change"] }, ...allow }).catch((e) => e);
      expect(isAppError(err) && err.fields).toEqual({ url: "privateAddress" });
    }
    const a = await queueDelivery(t.db, await createAnomaly(t.db, product), { channel: "webhook", webhookId: saved.id }, { nextAttemptAt: minutes(500) });
    const b = await queue("http://169.254.169.254/latest/meta-data/", minutes(500));
    await deliverPendingAlerts({ db: t.db, now: minutes(500), transport: null, fetch: createGuardedFetch({ ...allow, connectTimeoutMs: 1_000 }), webhookTimeoutMs: 2_000 });
    expect(await row(a.id)).toMatchObject({ status: "sent", statusCode: 200 });
    expect(await row(b.id)).toMatchObject({ status: "failed", lastError: WEBHOOK_BLOCKED });
    expect(internal.hits).toEqual(["/lan"]);
  });

  it("the delivery log shows the blocked and redirect errors in the user's language", () => {
    const translated = (key: string) => (translatorFor("webhookSettings") as unknown as (k: string) => string)(key);
    const key = deliveryErrorKey(WEBHOOK_BLOCKED)!;
    expect(translated(`errors.${key}`)).toMatch(/^Blocked: the URL points to a private or internal network address/);
    request.locale = "zh-CN";
    expect(translated(`errors.${key}`)).toMatch(/^已拦截/);
    expect(translated(`errors.${deliveryErrorKey(REDIRECT_NOT_FOLLOWED)}`)).toMatch(/重定向/);
    expect(deliveryErrorKey("HTTP 500")).toBeNull();
  });
});
