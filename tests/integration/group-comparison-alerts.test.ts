import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReadings } from "@/lib/crawl/complete-crawl-run";
import { loadGroupComparison } from "@/lib/comparison/load-group-comparison";
import { saveGroup } from "@/lib/groups/manage-groups";
import { addProducts } from "@/lib/products/add-products";
import type { ProductReading } from "@/lib/sources/types";
import { createUserWithWorkspace } from "../support/factories";
import { reading } from "../support/readings";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

describe.each(testDatabaseKinds())("group comparison and group alerts on %s", (kind) => {
  let t: TestDatabase;
  let workspaceId: string;
  const idOf: Record<string, string> = {};
  // As crawls at the time of their readings (all in 2026): their events are news and delivered.
  const ingest = (readings: ProductReading[]) => ingestReadings({ db: t.db, workspaceId, marketplace: "US", readings, freshSince: new Date("2026-01-01T00:00:00Z") });
  const makeGroup = async (main: string, competitors: string[], name: string) => {
    const res = await saveGroup({ db: t.db, workspaceId, input: { name, mainProductId: idOf[main], competitorIds: competitors.map((c) => idOf[c]) } });
    if (!res.ok) throw new Error(JSON.stringify(res.issues));
    return res.id;
  };

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    ({ workspaceId } = await createUserWithWorkspace(t.db));
    const asins = ["B0MAIN0001", "B0COMP0001", "B0COMP0002", "B0COMP0003", "B0ALRT0000", "B0ALRT000X", "B0ALRT000Y", "B0ALRT000Z",
      "B0TWOMAIN1", "B0TWOMAIN2", "B0TWOCOMP1", "B0TWOCOMP2", "B0TWOCOMP3", "B0TWOCOMP4", "B0TWOCOMP5"];
    await addProducts({ db: t.db, workspaceId, items: asins.map((asin, line) => ({ line, asin, marketplace: "US", kind: line === 0 ? "own" : "competitor", tags: [] })) });
    for (const p of await t.db.product.findMany({ where: { workspaceId } })) idOf[p.asin] = p.id;
  });
  afterAll(() => t.close());

  it("loads the comparison at the latest readings with hand-computed gaps, ranks, velocities and listing age", async () => {
    const bullets = (b: string[]) => ({ title: "T", brand: "Brand", bullets: b, images: ["a.jpg"], categoryPath: ["Electronics"] });
    await ingest([
      reading("B0MAIN0001", "2026-03-01T00:00:00Z", { price: 50, bsr: 1250, reviewCount: 990, listing: bullets(["Up to 40 hours of playtime"]) }),
      reading("B0MAIN0001", "2026-03-23T12:00:00Z", { price: 50, bsr: 1250, reviewCount: 1225, listing: bullets(["Up to 40 hours of playtime"]) }),
      reading("B0MAIN0001", "2026-03-31T00:00:00Z", { price: 50, buyBoxPrice: 49, bsr: 1200, reviewCount: 1300, listing: bullets(["Up to 40 hours of playtime"]) }),
      reading("B0COMP0001", "2026-03-31T00:00:00Z", { price: 40, bsr: 800, listing: bullets(["IPX5 sweat and water resistance", "40 hours of playtime"]) }),
      reading("B0COMP0002", "2026-03-31T00:00:00Z", { price: 60, bsr: 1500, inStock: false }),
      reading("B0COMP0003", "2026-03-31T00:00:00Z", { price: 45, bsr: 900 }),
    ]);
    const groupId = await makeGroup("B0MAIN0001", ["B0COMP0001", "B0COMP0002", "B0COMP0003"], "Earbuds");
    const c = await loadGroupComparison({ db: t.db, workspaceId, groupId, now: new Date("2026-03-31T06:00:00Z") });
    expect(c).toMatchObject({ groupName: "Earbuds", marketplace: "US", computedAt: "2026-03-31T06:00:00.000Z" });
    // 7 days before now is 03-24 06:00: the reading just before is 03-23 12:00 (1225), 7.5 days
    // before the latest (1300) → 10/day. 30 days before is 03-01 06:00: 03-01 00:00 (990) → 310/30.
    expect(c.main).toMatchObject({ asin: "B0MAIN0001", role: "main", kind: "own", price: 50, buyBoxPrice: 49, priceGapPct: 0, bsr: 1200, bsrRankInGroup: 3, listingAgeDays: 30 });
    expect(c.main.reviewVelocity7d).toBeCloseTo(10, 10);
    expect(c.main.reviewVelocity30d).toBeCloseTo(310 / 30, 10);
    expect(c.competitors.map((m) => [m.asin, m.priceGapPct, m.bsrRankInGroup, m.inStock, m.reviewVelocity7d])).toEqual([
      ["B0COMP0001", expect.closeTo(-0.2, 10), 1, true, null],
      ["B0COMP0002", expect.closeTo(0.2, 10), 4, false, null],
      ["B0COMP0003", expect.closeTo(-0.1, 10), 2, true, null],
    ]);
    // COMP2 and COMP3 keep the fixture's bullets ("One" is a stop word, "Two" a point): points
    // made by more competitors come first.
    expect(c.features.missingFromMain).toEqual([
      { feature: "Two", competitors: ["B0COMP0002", "B0COMP0003"] },
      { feature: "IPX5 sweat and water resistance", competitors: ["B0COMP0001"] },
    ]);
    expect(c.features.shared).toEqual([{ feature: "Up to 40 hours of playtime", competitors: ["B0COMP0001"] }]);
    expect(c.findings.map((f) => f.kind)).toEqual(["largest_price_gap", "worst_rank_gap", "missing_features"]);
  });

  it("alerts when a competitor undercuts or overtakes the main product, or gains a week's reviews, once, with deliveries", async () => {
    const day = (d: number) => `2026-05-${String(d).padStart(2, "0")}T06:00:00Z`;
    const state = (d: number, over: Record<string, Partial<ProductReading>> = {}) =>
      ingest([
        reading("B0ALRT0000", day(d), { price: 100, bsr: 1000, reviewCount: 500, ...over.M }),
        reading("B0ALRT000X", day(d), { price: 98, bsr: 1100, reviewCount: 300, ...over.X }),
        reading("B0ALRT000Y", day(d), { price: 100, bsr: 2000, reviewCount: 200, ...over.Y }),
        reading("B0ALRT000Z", day(d), { price: 100, bsr: 3000, reviewCount: 100, ...over.Z }),
      ]);
    await state(1);
    const groupId = await makeGroup("B0ALRT0000", ["B0ALRT000X", "B0ALRT000Y", "B0ALRT000Z"], "Alerts");
    const groupAnomalies = () => t.db.anomaly.findMany({ where: { groupId }, orderBy: [{ detectedAt: "asc" }, { kind: "asc" }], include: { deliveries: true } });

    // Day 2: X drops to 90 (10 % under the main's 100, threshold 5 %) and its BSR 900 beats 1000.
    const day2 = await state(2, { X: { price: 90, buyBoxPrice: 90, bsr: 900 } });
    let found = await groupAnomalies();
    expect(found.map((a) => [a.kind, a.productId])).toEqual([
      ["competitor_undercut", idOf.B0ALRT000X],
      ["competitor_bsr_overtake", idOf.B0ALRT000X],
    ]);
    expect(day2.anomalyIds).toEqual(expect.arrayContaining(found.map((a) => a.id)));
    expect(found[0]!.reason).toEqual({
      key: "competitor_undercut",
      values: { group: "Alerts", competitor: "B0ALRT000X", main: "B0ALRT0000", price: "$90.00", mainPrice: "$100.00", percent: "10%", threshold: "5%" },
    });
    expect(found[1]!.reason).toMatchObject({ key: "competitor_bsr_overtake", values: { bsr: "900", mainBsr: "1,000" } });
    // The owner gets instant emails for every kind: one pending delivery per anomaly.
    expect(found.map((a) => a.deliveries.map((d) => [d.channel, d.status]))).toEqual([[["email", "pending"]], [["email", "pending"]]]);

    // Day 3: X stays cheaper and ahead: no new alert (the state did not change). Replaying day 3 neither.
    await state(3, { X: { price: 90, buyBoxPrice: 90, bsr: 900 } });
    await state(3, { X: { price: 90, buyBoxPrice: 90, bsr: 900 } });
    expect((await groupAnomalies()).length).toBe(2);

    // Day 8: Y went from 200 (day 1, a week before) to 260 reviews: +60 ≥ 50.
    await state(8, { X: { price: 90, buyBoxPrice: 90, bsr: 900 }, Y: { reviewCount: 260 } });
    // Day 9: the main product cuts to 80; day 10 it is back to 100, so X undercuts it again (the
    // main's reading triggers it) — outside the 24 h cooldown.
    await state(9, { M: { price: 80, buyBoxPrice: 80 }, X: { price: 90, buyBoxPrice: 90, bsr: 900 }, Y: { reviewCount: 262 } });
    await state(10, { X: { price: 90, buyBoxPrice: 90, bsr: 900 }, Y: { reviewCount: 270 } });
    found = await groupAnomalies();
    expect(found.map((a) => [a.kind, a.productId, a.detectedAt.toISOString().slice(0, 10)])).toEqual([
      ["competitor_undercut", idOf.B0ALRT000X, "2026-05-02"],
      ["competitor_bsr_overtake", idOf.B0ALRT000X, "2026-05-02"],
      ["competitor_review_surge", idOf.B0ALRT000Y, "2026-05-08"],
      ["competitor_undercut", idOf.B0ALRT000X, "2026-05-10"],
    ]);
    expect(found[2]!.reason).toMatchObject({ key: "competitor_review_surge", values: { gained: "60", before: "200", after: "260", threshold: "50" } });
  });

  it("respects the group's own thresholds", async () => {
    const id = await makeGroup("B0ALRT0000", ["B0ALRT000Y", "B0ALRT000Z", "B0ALRT000X"], "Strict");
    await t.db.competitorGroup.update({ where: { id }, data: { alertSettings: { undercutPercent: 30, reviewSurge: 5 } } });
    // Z is 20 % cheaper: below this group's 30 % threshold. Y has 278 reviews, 16 more than on
    // day 9 (the reading at or just before a week ago, 262): above this group's 5.
    await ingest([
      reading("B0ALRT0000", "2026-05-16T06:00:00Z", { price: 100, bsr: 1000, reviewCount: 500 }),
      reading("B0ALRT000Z", "2026-05-16T06:00:00Z", { price: 80, bsr: 3000, reviewCount: 100 }),
      reading("B0ALRT000Y", "2026-05-16T06:00:00Z", { price: 100, bsr: 2000, reviewCount: 278 }),
    ]);
    const kinds = (await t.db.anomaly.findMany({ where: { groupId: id } })).map((a) => [a.kind, a.productId]);
    expect(kinds).toEqual([["competitor_review_surge", idOf.B0ALRT000Y]]);
  });

  it("a competitor watched in two groups alerts in each of them, once", async () => {
    const at = (d: number) => `2026-07-0${d}T06:00:00Z`;
    const crawl = (d: number, sharedPrice: number) =>
      ingest([
        reading("B0TWOMAIN1", at(d)),
        reading("B0TWOMAIN2", at(d)),
        reading("B0TWOCOMP1", at(d), { price: sharedPrice, buyBoxPrice: sharedPrice }),
        ...["B0TWOCOMP2", "B0TWOCOMP3", "B0TWOCOMP4", "B0TWOCOMP5"].map((asin) => reading(asin, at(d))),
      ]);
    await crawl(1, 100);
    const first = await makeGroup("B0TWOMAIN1", ["B0TWOCOMP1", "B0TWOCOMP2", "B0TWOCOMP3"], "First");
    const second = await makeGroup("B0TWOMAIN2", ["B0TWOCOMP1", "B0TWOCOMP4", "B0TWOCOMP5"], "Second");
    const undercuts = async () =>
      (await t.db.anomaly.findMany({ where: { productId: idOf.B0TWOCOMP1, kind: "competitor_undercut" } })).map((a) => a.groupId).sort();
    // Day 2: the shared competitor drops to 80, undercutting both main products by 20 %.
    await crawl(2, 80);
    expect(await undercuts()).toEqual([first, second].sort());
    // Its own price move is one per-product alert, whatever the groups.
    expect(await t.db.anomaly.count({ where: { productId: idOf.B0TWOCOMP1, kind: "price_change" } })).toBe(1);
    await crawl(2, 80);
    expect(await undercuts()).toHaveLength(2);
  });
});
