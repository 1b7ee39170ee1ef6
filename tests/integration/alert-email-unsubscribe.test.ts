import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverPendingAlerts } from "@/lib/alerts/deliver-pending-alerts";
import { sendDigests } from "@/lib/alerts/send-digests";
import { signUnsubscribeToken } from "@/lib/alerts/unsubscribe-token";
import { handleUnsubscribe } from "@/lib/alerts/unsubscribe-request";
import { createAnomaly, createMember, createTrackedProduct, queueDelivery } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const appUrl = "https://radar.example.test";
const detectedAt = new Date("2026-11-10T06:10:00Z");
const now = new Date("2026-11-10T06:15:00Z");
// The header as sent (mailparser folds List-* headers into an object of its own).
const rawHeader = (mail: { headerLines: ReadonlyArray<{ key: string; line: string }> }, key: string) =>
  mail.headerLines
    .find((h) => h.key === key)
    ?.line.replace(/^[^:]+:\s*/, "")
    .replace(/\r?\n\s+/g, "") ?? "";

describe.each(testDatabaseKinds())("alert email headers and one-click unsubscribe (%s)", (kind) => {
  let t: TestDatabase;
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.stop();
    await t.close();
  });

  const membership = (userId: string, workspaceId: string) =>
    t.db.membership.findFirstOrThrow({ where: { userId, workspaceId }, select: { emailMode: true, alertKinds: true } });
  const unsubscribe = (method: "GET" | "POST", token: string | null) => handleUnsubscribe({ db: t.db, method, token, acceptLanguage: "en", appUrl });

  it("a product email carries List-Unsubscribe (one-click), Auto-Submitted and its chart inline; POST without sign-in stops exactly that kind in that workspace", async () => {
    const owner = await createUserWithWorkspace(t.db);
    const other = await createUserWithWorkspace(t.db);
    // The owner is also a member of a second workspace, with the same settings there.
    await t.db.membership.create({ data: { userId: owner.userId, workspaceId: other.workspaceId, role: "member" } });
    const product = await createTrackedProduct(t.db, owner.workspaceId);
    for (let day = 20; day >= 0; day--) {
      await t.db.snapshot.create({
        data: {
          productId: product.id,
          workspaceId: owner.workspaceId,
          capturedAt: new Date(detectedAt.getTime() - day * 86_400_000),
          currency: "USD",
          price: day === 0 ? 19.99 : 24.99,
        },
      });
    }
    const anomaly = await createAnomaly(t.db, product, { detectedAt });
    await queueDelivery(t.db, anomaly, { channel: "email", userId: owner.userId });

    const before = smtp.received.length;
    expect(await deliverPendingAlerts({ db: t.db, now, transport: smtp.transport, appUrl })).toMatchObject({ sent: 1 });
    const mail = smtp.received[before]!;
    const header = rawHeader(mail, "list-unsubscribe");
    expect(header).toMatch(/^<https:\/\/radar\.example\.test\/api\/unsubscribe\?token=[\w.%-]+>$/);
    expect(rawHeader(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    const chart = mail.attachments.find((a) => a.contentType === "image/png");
    expect(chart).toMatchObject({ cid: "history-chart@asin-radar", contentDisposition: "inline" });
    expect(chart!.content.subarray(1, 4).toString()).toBe("PNG");
    // mailparser swaps a cid: reference for the attachment's data, so this proves the HTML points at it.
    expect(mail.html).toContain('src="data:image/png;base64,');
    // The same link is in the footer, for readers whose client shows no unsubscribe button.
    const url = new URL(header.slice(1, -1));
    expect(mail.html).toContain(url.href.replace(/&/g, "&amp;"));
    const token = url.searchParams.get("token");

    // A link scanner's GET changes nothing; it shows what would stop and a button.
    const page = await unsubscribe("GET", token);
    expect(page.status).toBe(200);
    expect(page.html).toContain("Stop emails about Price change");
    expect(page.html).toContain('method="post"');
    expect(await membership(owner.userId, owner.workspaceId)).toEqual({ emailMode: "instant", alertKinds: [] });

    const done = await unsubscribe("POST", token);
    expect(done.status).toBe(200);
    expect(done.html).toContain("no more emails about Price change");
    const after = await membership(owner.userId, owner.workspaceId);
    expect(after.emailMode).toBe("instant");
    expect(after.alertKinds).not.toContain("price_change");
    expect(after.alertKinds).toContain("out_of_stock");
    expect(after.alertKinds).toHaveLength(14);
    // The other workspace, and the other member, are untouched.
    expect(await membership(owner.userId, other.workspaceId)).toEqual({ emailMode: "instant", alertKinds: [] });
    expect(await membership(other.userId, other.workspaceId)).toEqual({ emailMode: "instant", alertKinds: [] });
    // Clicking again is harmless.
    expect((await unsubscribe("POST", token)).status).toBe(200);
    expect(await membership(owner.userId, owner.workspaceId)).toEqual(after);
  });

  it("unsubscribing from the last kind left turns email off instead of meaning all kinds again", async () => {
    const owner = await createUserWithWorkspace(t.db);
    await t.db.membership.updateMany({ where: { userId: owner.userId }, data: { alertKinds: ["out_of_stock"] } });
    const token = signUnsubscribeToken({ userId: owner.userId, workspaceIds: [owner.workspaceId], stop: { kinds: ["out_of_stock"] } });
    const done = await unsubscribe("POST", token);
    expect(done.html).toContain("email from");
    expect(await membership(owner.userId, owner.workspaceId)).toEqual({ emailMode: "none", alertKinds: ["out_of_stock"] });
  });

  it("the digest's link sets that member's email mode to none and nothing else", async () => {
    const owner = await createUserWithWorkspace(t.db);
    const digestUser = await createMember(t.db, owner.workspaceId, { emailMode: "digest", alertKinds: ["price_change", "rating_drop"] });
    const product = await createTrackedProduct(t.db, owner.workspaceId);
    await queueDelivery(t.db, await createAnomaly(t.db, product, { detectedAt }), { channel: "email_digest", userId: digestUser.id });
    const before = smtp.received.length;
    await sendDigests({ db: t.db, now, transport: smtp.transport, appUrl });
    const mail = smtp.received.slice(before).find((m) => JSON.stringify(m.to).includes(digestUser.email))!;
    expect(mail.subject).toBe("Alert digest Nov 10, 2026: 1 alert");
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    const token = new URL(rawHeader(mail, "list-unsubscribe").slice(1, -1)).searchParams.get("token");
    expect((await unsubscribe("POST", token)).html).toContain("no more digest emails");
    expect(await membership(digestUser.id, owner.workspaceId)).toEqual({ emailMode: "none", alertKinds: ["price_change", "rating_drop"] });
    expect(await membership(owner.userId, owner.workspaceId)).toEqual({ emailMode: "instant", alertKinds: [] });
  });

  it("an instant member's digest (their overflow past the hourly cap) unsubscribes them too", async () => {
    const owner = await createUserWithWorkspace(t.db);
    const token = signUnsubscribeToken({ userId: owner.userId, workspaceIds: [owner.workspaceId], stop: { digest: true } });
    await unsubscribe("POST", token);
    expect(await membership(owner.userId, owner.workspaceId)).toEqual({ emailMode: "none", alertKinds: [] });
  });

  it("a forged, altered or missing token is a clear 400 page and changes nothing", async () => {
    const owner = await createUserWithWorkspace(t.db);
    const genuine = signUnsubscribeToken({ userId: owner.userId, workspaceIds: [owner.workspaceId], stop: { digest: true } });
    const forged = signUnsubscribeToken(
      { userId: owner.userId, workspaceIds: [owner.workspaceId], stop: { kinds: ["price_change"] } },
      "another-secret-another-secret-another",
    );
    const [body, signature] = genuine.split(".");
    const widened = `${Buffer.from(JSON.stringify({ v: 1, u: owner.userId, w: [owner.workspaceId], k: ["price_change"] })).toString("base64url")}.${signature}`;
    for (const token of [forged, widened, `${body}.`, "not-a-token", "", null, `${genuine}.extra`]) {
      for (const method of ["GET", "POST"] as const) {
        const res = await unsubscribe(method, token);
        expect(res.status, String(token)).toBe(400);
        expect(res.html).toContain("This unsubscribe link is not valid");
      }
    }
    expect(await membership(owner.userId, owner.workspaceId)).toEqual({ emailMode: "instant", alertKinds: [] });
  });
});
