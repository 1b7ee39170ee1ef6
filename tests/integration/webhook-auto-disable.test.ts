import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { disableFailingWebhooks } from "@/lib/webhooks/disable-failing-webhooks";
import { listWebhooks, setWebhookActive } from "@/lib/webhooks/manage-webhooks";
import { createAnomaly, createMember, createTrackedProduct, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const now = new Date("2026-12-10T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const appUrl = "https://radar.example.test";

describe.each(testDatabaseKinds())("webhooks disabled after N days of failures (%s)", (kind) => {
  let t: TestDatabase;
  let smtp: SmtpTestServer;
  let owner: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let workspaceId: string;
  let product: Awaited<ReturnType<typeof createTrackedProduct>>;
  let adminEmail: string;
  let memberEmail: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    smtp = await startSmtpTestServer();
    owner = await createUserWithWorkspace(t.db, { name: "Olivia" });
    workspaceId = owner.workspaceId;
    adminEmail = (await createMember(t.db, workspaceId, { role: "admin", locale: "zh-CN" })).email;
    memberEmail = (await createMember(t.db, workspaceId, { role: "member" })).email;
    product = await createTrackedProduct(t.db, workspaceId);
  });
  afterAll(async () => {
    await smtp.stop();
    await t.close();
  });

  const webhook = (url: string, enabledDaysAgo = 30) =>
    t.db.webhook.create({ data: { workspaceId, url, secret: "whsec_x", enabledAt: daysAgo(enabledDaysAgo), createdAt: daysAgo(enabledDaysAgo) } });

  /** A delivery created `age` days ago, in the state the worker left it. */
  async function delivery(webhookId: string, age: number, data: Prisma.AlertDeliveryUpdateInput) {
    const row = await queueDelivery(t.db, await createAnomaly(t.db, product), { channel: "webhook", webhookId });
    await t.db.alertDelivery.update({ where: { id: row.id }, data: { createdAt: daysAgo(age), ...data } });
  }
  const failed = { status: "failed" as const, attempts: 6, lastError: "HTTP 500", statusCode: 500 };
  const retrying = { status: "pending" as const, attempts: 2, lastError: "request failed: ECONNREFUSED" };
  const sent = (age: number) => ({ status: "sent" as const, attempts: 1, statusCode: 200, sentAt: daysAgo(age) });
  const stateOf = (id: string) => t.db.webhook.findUniqueOrThrow({ where: { id }, select: { active: true, disabledReason: true, disabledAt: true, failingSince: true } });

  it("disables after 5 days of failures (the default), not before, records why and since when, and emails owners and admins", async () => {
    const dead = await webhook("https://dead.example.com/hook");
    await delivery(dead.id, 9, sent(9)); // worked once, long ago
    await delivery(dead.id, 6, failed);
    await delivery(dead.id, 3, failed);
    await delivery(dead.id, 0.1, retrying);

    const young = await webhook("https://young.example.com/hook");
    await delivery(young.id, 4, failed); // failing for 4 days only
    await delivery(young.id, 1, retrying);

    const recovered = await webhook("https://recovered.example.com/hook");
    await delivery(recovered.id, 8, failed);
    await delivery(recovered.id, 1, sent(1));

    const quiet = await webhook("https://quiet.example.com/hook");
    // Failed without an attempt (the endpoint was off, say): says nothing about the receiver.
    await delivery(quiet.id, 7, { status: "failed", attempts: 0, lastError: "the webhook is disabled" });

    // Failed once a week ago, then nothing to send until one bad answer now: not dead.
    const sporadic = await webhook("https://sporadic.example.com/hook");
    await delivery(sporadic.id, 8, failed);
    await delivery(sporadic.id, 0.1, retrying);

    const reenabled = await webhook("https://reenabled.example.com/hook", 2);
    await delivery(reenabled.id, 7, failed);
    await delivery(reenabled.id, 1, failed);

    const result = await disableFailingWebhooks({ db: t.db, now, transport: smtp.transport, appUrl });
    expect(result.disabled.map((d) => d.id)).toEqual([dead.id]);
    expect(await stateOf(dead.id)).toEqual({ active: false, disabledReason: "failing", disabledAt: now, failingSince: daysAgo(6) });
    for (const id of [young.id, recovered.id, quiet.id, sporadic.id, reenabled.id]) expect((await stateOf(id)).active, id).toBe(true);

    const to = smtp.received.map((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address);
    expect(to.sort()).toEqual([adminEmail, owner.email].sort());
    expect(to).not.toContain(memberEmail);
    const english = smtp.received.find((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === owner.email)!;
    expect(english.subject).toBe("Webhook disabled in Olivia's workspace: every delivery failed for 5 days");
    expect(english.text).toContain("https://dead.example.com/hook");
    expect(english.html).toContain(`${appUrl}/w/${workspaceId}/settings/webhooks`);
    const chinese = smtp.received.find((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === adminEmail)!;
    expect(chinese.subject).toMatch(/Webhook 已停用/);

    // The settings page reads the reason from the list.
    const listed = (await listWebhooks({ db: t.db, workspaceId, revealUrls: true, now })).find((w) => w.id === dead.id);
    expect(listed).toMatchObject({ active: false, disabledReason: "failing", failingSince: daysAgo(6) });

    // A second run changes nothing and sends nothing; a day later the young one is due.
    const mails = smtp.received.length;
    expect((await disableFailingWebhooks({ db: t.db, now, transport: smtp.transport, appUrl })).disabled).toEqual([]);
    expect(smtp.received.length).toBe(mails);
    const later = new Date(now.getTime() + 86_400_000 + 60_000);
    expect((await disableFailingWebhooks({ db: t.db, now: later, transport: null, appUrl })).disabled.map((d) => d.id)).toEqual([young.id]);
    expect(smtp.received.length).toBe(mails); // no SMTP: the settings banner is the notice
  });

  it("takes N from the caller (WEBHOOK_DISABLE_AFTER_DAYS), and enabling again restarts the count", async () => {
    const hook = await webhook("https://flaky.example.com/hook");
    await delivery(hook.id, 2.5, failed);
    // (Endpoints of the test above may be disabled by these shorter periods too: only this one is checked.)
    const ids = async (at: Date, afterDays: number) => (await disableFailingWebhooks({ db: t.db, now: at, transport: null, afterDays, appUrl })).disabled.map((d) => d.id);
    expect(await ids(now, 3)).not.toContain(hook.id);
    expect(await ids(now, 2)).toContain(hook.id);

    await setWebhookActive({ db: t.db, workspaceId, id: hook.id, active: true, now });
    expect(await stateOf(hook.id)).toEqual({ active: true, disabledReason: null, disabledAt: null, failingSince: null });
    const soon = new Date(now.getTime() + 86_400_000);
    expect(await ids(soon, 2)).not.toContain(hook.id);
    expect((await stateOf(hook.id)).active).toBe(true);
  });
});
