import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { previewDigest } from "@/lib/alerts/preview-digest";
import { createAnomaly, createMember, createTrackedProduct } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const now = new Date("2026-11-10T08:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);

describe("the digest preview in Settings → Notifications", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("pglite");
  });
  afterAll(() => t.close());

  it("renders the member's last 7 days of this workspace, only the kinds they chose, in their language", async () => {
    const owner = await createUserWithWorkspace(t.db);
    const elsewhere = await createUserWithWorkspace(t.db);
    const zh = await createMember(t.db, owner.workspaceId, { locale: "zh-CN", alertKinds: ["out_of_stock"] });
    const product = await createTrackedProduct(t.db, owner.workspaceId, { title: "Acme Steel Water Bottle" });
    await createAnomaly(t.db, product, { detectedAt: hoursAgo(2) });
    await createAnomaly(t.db, product, {
      kind: "out_of_stock",
      severity: "critical",
      reason: { key: "out_of_stock_plain", values: {} },
      detectedAt: hoursAgo(30),
    });
    await createAnomaly(t.db, product, { kind: "rating_drop", detectedAt: hoursAgo(8 * 24) });
    await createAnomaly(t.db, await createTrackedProduct(t.db, elsewhere.workspaceId, { title: "Not mine" }), { detectedAt: hoursAgo(1) });

    const mine = await previewDigest({ db: t.db, workspaceId: owner.workspaceId, userId: owner.userId, now, appUrl: "https://radar.test" });
    expect(mine!.subject).toBe("Alert digest Nov 10, 2026: 2 alerts (1 critical)");
    expect(mine!.html).toContain("Acme Steel Water Bottle");
    expect(mine!.html).not.toContain("Rating drop");
    expect(mine!.html).not.toContain("Not mine");

    const theirs = await previewDigest({ db: t.db, workspaceId: owner.workspaceId, userId: zh.id, now, appUrl: "https://radar.test" });
    expect(theirs!.subject).toBe("提醒摘要 2026年11月10日：1 条提醒（1 条严重）");

    expect(await previewDigest({ db: t.db, workspaceId: elsewhere.workspaceId, userId: owner.userId, now })).toBeNull();
    expect(await previewDigest({ db: t.db, workspaceId: owner.workspaceId, userId: owner.userId, now: hoursAgo(24 * 30) })).toBeNull();
  });
});
