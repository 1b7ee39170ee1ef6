import type { Db } from "@/lib/db/client";

export type ListFacetsRow = { tags: string[]; marketplaces: string[] };

/** The tags and marketplaces a workspace's products use, for the list's filters (tags live in an array column: unnest has no Prisma form). */
export async function selectListFacets(db: Db, workspaceId: string): Promise<ListFacetsRow> {
  const [row] = await db.$queryRawUnsafe<ListFacetsRow[]>(
    `SELECT
       (SELECT coalesce(array_agg(DISTINCT t ORDER BY t), '{}') FROM "Product" p, unnest(p.tags) t WHERE p."workspaceId" = $1) AS tags,
       (SELECT coalesce(array_agg(DISTINCT marketplace::text ORDER BY marketplace::text), '{}') FROM "Product" WHERE "workspaceId" = $1) AS marketplaces`,
    workspaceId,
  );
  return { tags: row?.tags ?? [], marketplaces: row?.marketplaces ?? [] };
}
