import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverPendingAlerts } from "@/lib/alerts/deliver-pending-alerts";
import { createAnomaly, createTrackedProduct, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const now = new Date("2026-11-10T06:15:00Z");

describe.each(testDatabaseKinds())("two delivery workers at once (%s)", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t.close());

  it("never send the same row twice, and together send every row", async () => {
    const { workspaceId } = await createUserWithWorkspace(t.db);
    const hook = await t.db.webhook.create({ data: { workspaceId, url: "https://hooks.example.test/in", secret: "s" } });
    const rowIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const product = await createTrackedProduct(t.db, workspaceId);
      for (let k = 0; k < 5; k++) rowIds.push((await queueDelivery(t.db, await createAnomaly(t.db, product), { channel: "webhook", webhookId: hook.id })).id);
    }

    const received: Array<{ worker: string; delivery: string }> = [];
    const receiverFor = (worker: string): typeof fetch => async (_url, init) => {
      received.push({ worker, delivery: new Headers(init?.headers).get("X-AsinRadar-Delivery")! });
      // A slow receiver keeps both workers busy at the same time.
      await new Promise((r) => setTimeout(r, 5));
      return new Response(null, { status: 204 });
    };
    const worker = async (name: string) => {
      let sent = 0;
      for (;;) {
        const r = await deliverPendingAlerts({ db: t.db, now, transport: null, fetch: receiverFor(name), limit: 4 });
        sent += r.sent;
        if (r.claimed === 0) return sent;
      }
    };
    const [a, b] = await Promise.all([worker("a"), worker("b")]);

    expect(a + b).toBe(30);
    expect(received).toHaveLength(30);
    expect(new Set(received.map((r) => r.delivery))).toEqual(new Set(rowIds));
    expect(await t.db.alertDelivery.count({ where: { status: "sent", statusCode: 204 } })).toBe(30);
  });
});
