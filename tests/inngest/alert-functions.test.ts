import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeliverAlerts } from "@/inngest/functions/deliver-alerts";
import { createSendDigests } from "@/inngest/functions/send-digests";
import type { OutgoingEmail } from "@/lib/alerts/mail-transport";
import { createAnomaly, createMember, createTrackedProduct, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const now = new Date("2026-11-10T07:00:00Z");

describe("Inngest alert delivery functions", () => {
  let t: TestDatabase;
  const sent: OutgoingEmail[] = [];
  const webhookCalls: string[] = [];
  const transport = { from: "alerts@radar.test", send: async (e: OutgoingEmail) => void sent.push(e) };
  const fetch: typeof globalThis.fetch = async (url) => {
    webhookCalls.push(String(url));
    return new Response(null, { status: 200 });
  };
  let owner: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let digestReader: Awaited<ReturnType<typeof createMember>>;

  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    owner = await createUserWithWorkspace(t.db);
    digestReader = await createMember(t.db, owner.workspaceId, { emailMode: "digest", locale: "zh-CN" });
    const product = await createTrackedProduct(t.db, owner.workspaceId, { title: "Lumen Desk Lamp" });
    const hook = await t.db.webhook.create({ data: { workspaceId: owner.workspaceId, url: "https://hooks.example.test/a", secret: "s" } });
    for (let i = 0; i < 3; i++) {
      const anomaly = await createAnomaly(t.db, product);
      await queueDelivery(t.db, anomaly, { channel: "email", userId: owner.userId });
      await queueDelivery(t.db, anomaly, { channel: "webhook", webhookId: hook.id });
      await queueDelivery(t.db, anomaly, { channel: "email_digest", userId: digestReader.id });
    }
  });
  afterAll(async () => t.close());

  const deps = { getDb: async () => t.db, getTransport: () => transport, fetch, now: () => now };

  it("deliver-alerts, triggered after detection, sends the instant emails and webhooks and leaves digests for the daily run", async () => {
    const fn = createDeliverAlerts(deps);
    const { result, error } = await new InngestTestEngine({
      function: fn,
      events: [{ name: "alerts/deliveries.requested", data: { workspaceId: owner.workspaceId } }] as never,
    }).execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ claimed: 6, sent: 6, retrying: 0, failed: 0, folded: 0, deferred: 0, digestRetries: { emails: 0, alerts: 0, retrying: 0, failed: 0 }, webhooksDisabled: 0 });
    expect(sent.map((e) => e.to)).toEqual([owner.email, owner.email, owner.email]);
    expect(webhookCalls).toHaveLength(3);
    expect(await t.db.alertDelivery.count({ where: { channel: "email_digest", status: "pending" } })).toBe(3);

    // The safety-net cron finds nothing left to send.
    const again = await new InngestTestEngine({ function: fn, events: [{ name: "inngest/scheduled.timer", data: {} }] as never }).execute();
    expect(again.result).toMatchObject({ claimed: 0, sent: 0 });
    expect(sent).toHaveLength(3);
  });

  it("send-digests, on its daily cron, sends one digest per person in their language", async () => {
    const fn = createSendDigests(deps);
    const { result, error } = await new InngestTestEngine({ function: fn, events: [{ name: "inngest/scheduled.timer", data: {} }] as never }).execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ emails: 1, alerts: 3, retrying: 0, failed: 0 });
    const digest = sent.at(-1)!;
    expect(digest.to).toBe(digestReader.email);
    expect(digest.subject).toMatch(/^提醒摘要 \d{4}年\d{1,2}月\d{1,2}日：3 条提醒$/);
    expect(await t.db.alertDelivery.count({ where: { status: "pending" } })).toBe(0);
  });

  it("a database failure fails the step, so Inngest retries it (the rows stay pending)", async () => {
    const product = await createTrackedProduct(t.db, owner.workspaceId);
    await queueDelivery(t.db, await createAnomaly(t.db, product), { channel: "email", userId: owner.userId });
    const fn = createDeliverAlerts({ ...deps, getDb: async () => { throw new Error("database unreachable"); } });
    const { error } = await new InngestTestEngine({ function: fn, events: [{ name: "alerts/deliveries.requested", data: {} }] as never }).execute();
    expect((error as { message: string }).message).toBe("database unreachable");
    expect(await t.db.alertDelivery.count({ where: { status: "pending" } })).toBe(1);
  });

  it("uses DIGEST_CRON for the digest schedule and a frequent safety-net cron for delivery", () => {
    const triggersOf = (fn: unknown) => (fn as { opts: { triggers: Array<{ cron?: string; event?: string }> } }).opts.triggers;
    expect(triggersOf(createSendDigests(deps))).toEqual([{ cron: "TZ=UTC 0 7 * * *" }]);
    expect(triggersOf(createSendDigests(deps, "TZ=UTC 30 6 * * *"))).toEqual([{ cron: "TZ=UTC 30 6 * * *" }]);
    expect(triggersOf(createDeliverAlerts(deps)).map((tr) => tr.event ?? tr.cron)).toEqual(["alerts/deliveries.requested", "* * * * *"]);
  });
});
