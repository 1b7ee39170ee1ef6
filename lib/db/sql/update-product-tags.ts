import type { Db } from "@/lib/db/client";

// Adding or removing one tag on many products in one statement: Prisma can push to an array
// column but not remove from one, and a read-then-write per product would race a second edit.
export function updateProductTags(db: Db, workspaceId: string, ids: string[], tag: string, action: "add" | "remove"): Promise<number> {
  const tags = action === "add" ? "array_append(array_remove(tags, $3), $3)" : "array_remove(tags, $3)";
  return db.$executeRawUnsafe(`UPDATE "Product" SET tags = ${tags}, "updatedAt" = now() WHERE "workspaceId" = $1 AND id = ANY($2::text[])`, workspaceId, ids, tag);
}
