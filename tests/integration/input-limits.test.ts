import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { saveGroupAction } from "@/lib/actions/groups";
import { addProductsFromCsv, addProductsFromText, tagSelected } from "@/lib/actions/products";
import { updateProfile } from "@/lib/actions/profile";
import { backgroundCrawlsIdle } from "@/lib/jobs/background-crawls";
import { addProducts } from "@/lib/products/add-products";
import { searchGroupProducts } from "@/lib/groups/list-groups";
import { listParamsSchema } from "@/lib/products/list-params";
import { loadProductList } from "@/lib/products/list-products";
import { parseProductCsv } from "@/lib/products/parse-product-csv";
import { createUserWithWorkspace } from "../support/factories";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

// "Limits that fail badly": each limit answers with its own message, never a bare 500.
describe.each(testDatabaseKinds())("input limits on %s", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
  });
  afterAll(async () => {
    await backgroundCrawlsIdle();
    await t.close();
  });
  beforeEach(() => {
    request.reset(t.db);
    request.userId = alice.userId;
  });

  it("a 50,000-line CSV at a product limit of 50,000 adds every product, and one more is refused", { timeout: 180_000 }, async () => {
    const bulk = await createUserWithWorkspace(t.db, { name: "Bulk" });
    await t.db.workspace.update({ where: { id: bulk.workspaceId }, data: { productLimit: 50_000 } });
    const asins = Array.from({ length: 50_000 }, (_, i) => `B0${i.toString(36).toUpperCase().padStart(8, "0")}`);
    const csv = ["asin,marketplace,tags", ...asins.map((a) => `${a},US,bulk`)].join("\n");
    const parsed = parseProductCsv(csv);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.items).toHaveLength(50_000);
    const items = parsed.items.map((i) => ({ line: i.line, asin: i.asin, marketplace: i.marketplace, kind: i.type, tags: i.tags }));

    const result = await addProducts({ db: t.db, workspaceId: bulk.workspaceId, items });
    expect(result.added).toHaveLength(50_000);
    expect(new Set(result.added.map((a) => a.id)).size).toBe(50_000);
    expect(await t.db.product.count({ where: { workspaceId: bulk.workspaceId } })).toBe(50_000);

    // The same file again: all already tracked (the lookups are chunked too), nothing new.
    const again = await addProducts({ db: t.db, workspaceId: bulk.workspaceId, items });
    expect(again).toMatchObject({ added: [] });
    expect(again.alreadyTracked).toHaveLength(50_000);
    await expect(
      addProducts({ db: t.db, workspaceId: bulk.workspaceId, items: [{ line: 1, asin: "B0ONEMORE1", marketplace: "US", kind: "competitor", tags: [] }] }),
    ).rejects.toMatchObject({ code: "LIMIT_REACHED", values: { limit: 50_000, remaining: 0, asked: 1 } });
  });

  it("a file over the upload limit is refused with its size and the limit, on the file field", async () => {
    const csv = `asin,marketplace\n${"B0AAAAAAA1,US\n".repeat(Math.ceil((6 * 1024 * 1024) / 14))}`;
    const message = "The file is 6.1 MB; the limit is 5 MB.";
    expect(await addProductsFromCsv({ csv })).toEqual({ ok: false, error: { code: "VALIDATION", message, fields: { file: message } } });
    request.locale = "zh-CN";
    expect(await addProductsFromCsv({ csv })).toMatchObject({ ok: false, error: { message: "文件大小为 6.1 MB，上限为 5 MB。" } });
    expect(await t.db.product.count({ where: { workspaceId: alice.workspaceId } })).toBe(0);
  });

  it("a stray quote on line 3 of a 10-row CSV is one error naming line 3; the 9 good rows are added", async () => {
    const csv = await readFile(new URL("../fixtures/csv/stray-quote.csv", import.meta.url), "utf8");
    const res = await addProductsFromCsv({ csv });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.added).toBe(9);
    expect(res.data.problems).toHaveLength(1);
    expect(res.data.problems[0]).toMatch(/^Line 3\b/);
    const asins = (await t.db.product.findMany({ where: { workspaceId: alice.workspaceId }, select: { asin: true } })).map((p) => p.asin).sort();
    expect(asins).toEqual(["B0STRAY001", ...Array.from({ length: 8 }, (_, i) => `B0STRAY0${String(i + 3).padStart(2, "0")}`)]);
    await backgroundCrawlsIdle();
  });

  it("a NUL byte in a tag, a group name, a name or a pasted list is a field error, not a 500", async () => {
    const [product] = (await addProducts({ db: t.db, workspaceId: alice.workspaceId, items: [{ line: 1, asin: "B0NULTEST1", marketplace: "US", kind: "own", tags: [] }] })).added;
    const message = "Remove the control characters (such as a NUL byte) from this text.";
    expect(await tagSelected({ ids: [product!.id], tag: "bad\u0000tag", action: "add" })).toEqual({
      ok: false,
      error: { code: "VALIDATION", message: "Please correct the highlighted fields.", fields: { tag: message } },
    });
    expect(await saveGroupAction({ name: "Group\u0000", mainProductId: product!.id, competitorIds: [] })).toMatchObject({ ok: false, error: { fields: { name: message } } });
    expect(await updateProfile({ name: "Al\u0007ice", locale: "" })).toMatchObject({ ok: false, error: { fields: { name: message } } });
    expect(await addProductsFromText({ text: "B0NULTEST2\u0000", kind: "own", tags: "", marketplace: "US" })).toMatchObject({ ok: false, error: { fields: { text: message } } });
    // A textarea keeps its tabs and line breaks.
    expect(await addProductsFromText({ text: "B0NULTEST2\tcopied title\r\nB0NULTEST3", kind: "own", tags: "", marketplace: "US" })).toMatchObject({ ok: true, data: { added: 2 } });
    // In a CSV, the row with the NUL is reported and the others are added.
    const res = await addProductsFromCsv({ csv: "asin,marketplace,tags\nB0NULTEST4,US,a\u0000b\nB0NULTEST5,US,ok\n" });
    expect(res).toMatchObject({ ok: true, data: { added: 1, problems: [expect.stringMatching(/^Line 2: .*control character/)] } });
    expect((await t.db.product.findFirstOrThrow({ where: { id: product!.id } })).tags).toEqual([]);
    await backgroundCrawlsIdle();
  });

  it("% and _ in a search match themselves, not everything", async () => {
    const shop = await createUserWithWorkspace(t.db, { name: "Shop" });
    const titles = { B0LIKE0001: "100% cotton shirt", B0LIKE0002: "snake_case mug", B0LIKE0003: "plain mug", B0LIKE0004: "back\\slash tee" };
    for (const [asin, title] of Object.entries(titles)) {
      await t.db.product.create({ data: { workspaceId: shop.workspaceId, asin, marketplace: "US", title } });
    }
    const list = async (q: string) =>
      (await loadProductList({ db: t.db, workspaceId: shop.workspaceId, params: listParamsSchema.parse({ q }) })).items.map((p) => p.asin).sort();
    expect(await list("%")).toEqual(["B0LIKE0001"]);
    expect(await list("_")).toEqual(["B0LIKE0002"]);
    expect(await list("\\")).toEqual(["B0LIKE0004"]);
    expect(await list("mug")).toEqual(["B0LIKE0002", "B0LIKE0003"]);
    const group = async (query: string) => (await searchGroupProducts({ db: t.db, workspaceId: shop.workspaceId, query })).map((p) => p.asin).sort();
    expect(await group("%")).toEqual(["B0LIKE0001"]);
    expect(await group("_")).toEqual(["B0LIKE0002"]);
  });
});
