import { notFound, redirect } from "next/navigation";
import type { Db } from "@/lib/db/client";
import { workspaceUrl } from "@/lib/links/workspace-url";

/** The kinds of record an in-app page opens by id (/products/<id>, /groups/<id>, …). */
export type RecordKind = "product" | "group" | "category";

/**
 * The workspace holding record `id`, among the workspaces `userId` is a member of; null when
 * it is in none of them (whether or not it exists elsewhere: a stranger's ids stay unknown).
 */
export async function findRecordWorkspace({ db, userId, kind, id }: { db: Db; userId: string; kind: RecordKind; id: string }): Promise<string | null> {
  // The membership is part of the query, so a record in a stranger's workspace never matches.
  const where = { id, workspace: { memberships: { some: { userId } } } };
  const select = { workspaceId: true } as const;
  const row =
    kind === "product"
      ? await db.product.findFirst({ where, select })
      : kind === "group"
        ? await db.competitorGroup.findFirst({ where, select })
        : await db.keywordCategory.findFirst({ where, select });
  return row?.workspaceId ?? null;
}

/**
 * For an [id] page whose record is not in the active workspace: when it is in another of the
 * user's workspaces, go there through its /w link (which switches workspace); else 404.
 * `path` is this page's own path and query, e.g. `/products/<id>/alerts`.
 */
export async function notFoundUnlessInOtherWorkspace({
  ctx,
  kind,
  id,
  path,
}: {
  ctx: { db: Db; userId: string; workspaceId: string };
  kind: RecordKind;
  id: string;
  path: string;
}): Promise<never> {
  const workspaceId = await findRecordWorkspace({ db: ctx.db, userId: ctx.userId, kind, id });
  if (workspaceId && workspaceId !== ctx.workspaceId) redirect(workspaceUrl("", workspaceId, path));
  notFound();
}
