import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { createAnomaly } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { createGroupWithProducts } from "../support/group-factory";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../support/test-database";

const LAST = "20261202122506_relations_and_marketplace_enum";

async function createCategory(t: TestDatabase, workspaceId: string) {
  const category = await t.db.keywordCategory.create({ data: { workspaceId, name: "Bottles", marketplace: "US", keywords: ["water bottle"] } });
  const now = new Date();
  const candidate = await t.db.keywordCandidate.create({
    data: { workspaceId, categoryId: category.id, marketplace: "US", keyword: "water bottle", asin: "B0CAND0001", position: 1, firstSeenAt: now, lastSeenAt: now },
  });
  return { category, candidate };
}

describe.each(testDatabaseKinds())("relations on %s", (kind) => {
  const opened: TestDatabase[] = [];
  afterAll(async () => Promise.all(opened.map((d) => d.close())));
  const open = async () => {
    const t = await createTestDatabase(kind);
    opened.push(t);
    return t;
  };

  it("deleting a workspace deletes its keyword categories and candidates, so no search runs for it", async () => {
    const t = await open();
    const gone = await createUserWithWorkspace(t.db);
    const kept = await createUserWithWorkspace(t.db);
    await createCategory(t, gone.workspaceId);
    const other = await createCategory(t, kept.workspaceId);

    await t.db.workspace.delete({ where: { id: gone.workspaceId } });

    expect(await t.db.keywordCategory.findMany({ select: { id: true } })).toEqual([{ id: other.category.id }]);
    expect(await t.db.keywordCandidate.findMany({ select: { id: true } })).toEqual([{ id: other.candidate.id }]);
  });

  it("deleting a category keeps the products it found, detached from it", async () => {
    const t = await open();
    const { workspaceId } = await createUserWithWorkspace(t.db);
    const { category, candidate } = await createCategory(t, workspaceId);

    await t.db.keywordCategory.delete({ where: { id: category.id } });

    const after = await t.db.keywordCandidate.findUnique({ where: { id: candidate.id } });
    expect(after).toMatchObject({ asin: "B0CAND0001", categoryId: null });
  });

  it("deleting a group keeps its alerts as history, with the group link cleared", async () => {
    const t = await open();
    const { workspaceId } = await createUserWithWorkspace(t.db);
    const { group, main } = await createGroupWithProducts(t.db, workspaceId);
    const anomaly = await createAnomaly(t.db, main, { kind: "competitor_undercut" });
    await t.db.anomaly.update({ where: { id: anomaly.id }, data: { groupId: group.id } });

    await t.db.competitorGroup.delete({ where: { id: group.id } });

    expect(await t.db.anomaly.findUnique({ where: { id: anomaly.id } })).toMatchObject({ kind: "competitor_undercut", groupId: null });
  });

  it("the database itself refuses a marketplace that is not one", async () => {
    const t = await open();
    const { workspaceId } = await createUserWithWorkspace(t.db);
    await expect(
      t.query(`INSERT INTO "Product" (id, "workspaceId", asin, marketplace, "updatedAt") VALUES ('p1', '${workspaceId}', 'B0BADMKT01', 'XX', now())`),
    ).rejects.toThrow(/Marketplace/);
  });
});

describe("the relations migration on a database that already holds data", () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanup) await c();
  });

  it("keeps every row and marketplace value, and clears only rows whose parent was already gone", async () => {
    // The migrations before this one, as a database upgraded from the previous release has them.
    const dir = await mkdtemp(path.join(os.tmpdir(), "asinradar-migrations-"));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const source = path.join(process.cwd(), "prisma/migrations");
    for (const entry of await readdir(source)) {
      if (entry !== LAST) await cp(path.join(source, entry), path.join(dir, entry), { recursive: true });
    }
    const pglite = new PGlite();
    cleanup.push(() => pglite.close());
    await applyMigrations({ kind: "pglite", db: pglite }, { migrationsDir: dir });

    await pglite.exec(`
      INSERT INTO "Workspace" (id, name, "updatedAt") VALUES ('w1', 'Kept', now());
      INSERT INTO "Product" (id, "workspaceId", asin, marketplace, "updatedAt") VALUES
        ('p1', 'w1', 'B0KEEP0001', 'DE', now()), ('p2', 'w1', 'B0KEEP0002', 'JP', now());
      INSERT INTO "KeywordCategory" (id, "workspaceId", name, marketplace, keywords) VALUES
        ('c1', 'w1', 'Kept', 'UK', ARRAY['mug']), ('c2', 'w-gone', 'Orphan', 'US', ARRAY['cup']);
      INSERT INTO "KeywordCandidate" (id, "workspaceId", "categoryId", marketplace, keyword, asin, position, "firstSeenAt", "lastSeenAt") VALUES
        ('k1', 'w1', 'c1', 'UK', 'mug', 'B0CAND0001', 1, now(), now()),
        ('k2', 'w1', 'c-gone', 'UK', 'mug', 'B0CAND0002', 2, now(), now()),
        ('k3', 'w-gone', NULL, 'US', 'cup', 'B0CAND0003', 1, now(), now());
      INSERT INTO "Anomaly" (id, "workspaceId", "productId", kind, severity, "toSnapshotId", reason, "detectedAt", "groupId") VALUES
        ('a1', 'w1', 'p1', 'price_change', 'warning', 1, '{}', now(), 'g-gone');
    `);

    await cp(path.join(source, LAST), path.join(dir, LAST), { recursive: true });
    expect((await applyMigrations({ kind: "pglite", db: pglite }, { migrationsDir: dir })).applied).toEqual([LAST]);

    const rows = async (sql: string) => (await pglite.query(sql)).rows;
    expect(await rows(`SELECT id, marketplace::text FROM "Product" ORDER BY id`)).toEqual([
      { id: "p1", marketplace: "DE" },
      { id: "p2", marketplace: "JP" },
    ]);
    expect(await rows(`SELECT id FROM "KeywordCategory" ORDER BY id`)).toEqual([{ id: "c1" }]);
    expect(await rows(`SELECT id, "categoryId" FROM "KeywordCandidate" ORDER BY id`)).toEqual([
      { id: "k1", categoryId: "c1" },
      { id: "k2", categoryId: null },
    ]);
    expect(await rows(`SELECT id, "groupId" FROM "Anomaly"`)).toEqual([{ id: "a1", groupId: null }]);
  });
});
