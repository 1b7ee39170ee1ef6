import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { saveGroup } from "@/lib/groups/manage-groups";
import { addProducts } from "@/lib/products/add-products";

// Chosen candidates start being tracked (as competitors); optionally they form a new group
// with one of the workspace's tracked products as the main one, saved like the builder does.
export async function addCandidates(opts: {
  db: Db;
  workspaceId: string;
  marketplace: MarketplaceCode;
  asins: string[];
  group?: { name: string; mainProductId: string };
}): Promise<{ added: number; addedAsins: string[]; alreadyTracked: number; groupId: string | null }> {
  const asins = [...new Set(opts.asins.map((a) => a.toUpperCase()))];
  if (opts.group && (asins.length < 3 || asins.length > 5)) {
    throw new AppError("VALIDATION", "A group needs 3 to 5 competitors");
  }
  let main: { id: string; asin: string } | null = null;
  if (opts.group) {
    main = await opts.db.product.findFirst({ where: { id: opts.group.mainProductId, workspaceId: opts.workspaceId, marketplace: opts.marketplace }, select: { id: true, asin: true } });
    if (!main) throw new AppError("NOT_FOUND", "Main product not found in this marketplace");
    if (asins.includes(main.asin)) throw new AppError("VALIDATION", "The main product cannot also be a competitor");
  }
  const result = await addProducts({
    db: opts.db,
    workspaceId: opts.workspaceId,
    items: asins.map((asin, line) => ({ line: line + 1, asin, marketplace: opts.marketplace, kind: "competitor", tags: [] })),
  });
  let groupId: string | null = null;
  if (opts.group && main) {
    const products = await opts.db.product.findMany({ where: { workspaceId: opts.workspaceId, marketplace: opts.marketplace, asin: { in: asins } }, select: { id: true, asin: true } });
    const idOf = new Map(products.map((p) => [p.asin, p.id]));
    // The group builder's own save applies every group rule; the checks above only make sure
    // nothing is tracked for a group that could never be valid.
    const saved = await saveGroup({
      db: opts.db,
      workspaceId: opts.workspaceId,
      input: { name: opts.group.name, mainProductId: main.id, competitorIds: asins.map((asin) => idOf.get(asin)!) },
    });
    if (!saved.ok) throw new AppError("VALIDATION", saved.issues.map((i) => i.key).join(", "));
    groupId = saved.id;
  }
  return { added: result.added.length, addedAsins: result.added.map((p) => p.asin), alreadyTracked: result.alreadyTracked.length, groupId };
}
