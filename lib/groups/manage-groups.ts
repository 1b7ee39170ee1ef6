import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { checkGroupRules, type RuleIssue } from "@/lib/groups/group-rules";
import type { SaveGroupInput } from "@/lib/groups/schemas";
import type { GroupAlertSettings } from "@/lib/anomalies/group-thresholds";

export type SaveGroupResult = { ok: true; id: string } | { ok: false; issues: RuleIssue[] };

// Creates or replaces a group (name, main product, competitors in the given order). Products
// are looked up in the caller's workspace only: an id from elsewhere is NOT_FOUND, never a
// rule message that would confirm it exists.
export async function saveGroup({ db, workspaceId, input }: { db: Db; workspaceId: string; input: SaveGroupInput }): Promise<SaveGroupResult> {
  const ids = [...new Set([input.mainProductId, ...input.competitorIds].filter((id) => id !== ""))];
  const products = await db.product.findMany({ where: { workspaceId, id: { in: ids } }, select: { id: true, asin: true, marketplace: true } });
  if (products.length !== ids.length) throw new AppError("NOT_FOUND");
  const byId = new Map(products.map((p) => [p.id, p]));
  const main = input.mainProductId ? byId.get(input.mainProductId)! : null;
  const competitors = input.competitorIds.map((id) => byId.get(id)!);

  const issues = checkGroupRules({ main, competitors });
  if (issues.length > 0 || !main) return { ok: false, issues };

  return db.$transaction(async (tx) => {
    let id = input.id;
    if (id) {
      const { count } = await tx.competitorGroup.updateMany({
        where: { id, workspaceId },
        data: { name: input.name, mainProductId: main.id, marketplace: main.marketplace },
      });
      if (count === 0) throw new AppError("NOT_FOUND");
      await tx.competitorGroupMember.deleteMany({ where: { groupId: id } });
    } else {
      id = (await tx.competitorGroup.create({
        data: { workspaceId, name: input.name, mainProductId: main.id, marketplace: main.marketplace },
        select: { id: true },
      })).id;
    }
    await tx.competitorGroupMember.createMany({ data: competitors.map((c, position) => ({ groupId: id!, productId: c.id, position })) });
    return { ok: true as const, id };
  });
}

export async function deleteGroup({ db, workspaceId, groupId }: { db: Db; workspaceId: string; groupId: string }) {
  const { count } = await db.competitorGroup.deleteMany({ where: { id: groupId, workspaceId } });
  if (count === 0) throw new AppError("NOT_FOUND");
}

export async function updateGroupAlertSettings({
  db,
  workspaceId,
  groupId,
  settings,
}: {
  db: Db;
  workspaceId: string;
  groupId: string;
  settings: GroupAlertSettings;
}) {
  const { count } = await db.competitorGroup.updateMany({ where: { id: groupId, workspaceId }, data: { alertSettings: settings } });
  if (count === 0) throw new AppError("NOT_FOUND");
}
