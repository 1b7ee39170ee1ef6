import type { Db } from "@/lib/db/client";
import { updateProductTags } from "@/lib/db/sql/update-product-tags";
import { AppError } from "@/lib/errors/app-error";
import type { CrawlFrequency, ProductKind } from "@/lib/generated/prisma/enums";

// Bulk changes are scoped by workspace in the statement itself; ids from another workspace
// simply match nothing, and asking about nothing-but-foreign ids is "not found".
async function ensureSome(count: number) {
  if (count === 0) throw new AppError("NOT_FOUND");
  return { count };
}

export async function setProductsPaused({ db, workspaceId, ids, paused }: { db: Db; workspaceId: string; ids: string[]; paused: boolean }) {
  const { count } = await db.product.updateMany({ where: { workspaceId, id: { in: ids } }, data: { paused } });
  return ensureSome(count);
}

export async function removeProducts({ db, workspaceId, ids }: { db: Db; workspaceId: string; ids: string[] }) {
  const { count } = await db.product.deleteMany({ where: { workspaceId, id: { in: ids } } });
  return ensureSome(count);
}

export async function updateProductSettings({
  db,
  workspaceId,
  ids,
  settings,
}: {
  db: Db;
  workspaceId: string;
  ids: string[];
  settings: { frequency?: CrawlFrequency; kind?: ProductKind; tags?: string[] };
}) {
  const { count } = await db.product.updateMany({ where: { workspaceId, id: { in: ids } }, data: settings });
  return ensureSome(count);
}

/** Adds or removes one tag on the selected products (a product keeps each tag once). */
export async function tagProducts({ db, workspaceId, ids, tag, action }: { db: Db; workspaceId: string; ids: string[]; tag: string; action: "add" | "remove" }) {
  const count = await updateProductTags(db, workspaceId, ids, tag, action);
  return ensureSome(count);
}
