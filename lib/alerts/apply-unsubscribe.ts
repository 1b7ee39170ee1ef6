import type { UnsubscribeScope } from "@/lib/alerts/unsubscribe-token";
import { alertKinds } from "@/lib/alerts/schemas";
import type { Db } from "@/lib/db/client";

export type UnsubscribeResult = {
  /** Per workspace of the link: what changed ("lastKind": no kind was left, so email is now off). */
  workspaces: Array<{ workspaceId: string; name: string; outcome: "kinds" | "lastKind" | "digest" | "notMember" }>;
  email: string | null;
  locale: string | null;
};

/**
 * Stops exactly what the link names, for that user in those workspaces, and nothing else.
 * Kinds: the member's kinds minus these (an empty list means all kinds, so "all but price"
 * is stored as the other kinds; with none left, the email mode goes to none, since an empty
 * list would mean all again). Digest: the member's email mode goes to none (an instant member
 * receives a digest only of alerts past their hourly cap). Repeating it changes nothing more.
 */
export async function applyUnsubscribe({ db, scope }: { db: Db; scope: UnsubscribeScope }): Promise<UnsubscribeResult> {
  const memberships = await db.membership.findMany({
    where: { userId: scope.userId, workspaceId: { in: scope.workspaceIds } },
    select: { workspaceId: true, emailMode: true, alertKinds: true, workspace: { select: { name: true } }, user: { select: { email: true, locale: true } } },
  });
  const byWorkspace = new Map(memberships.map((m) => [m.workspaceId, m]));
  const workspaces: UnsubscribeResult["workspaces"] = [];
  for (const workspaceId of scope.workspaceIds) {
    const m = byWorkspace.get(workspaceId);
    if (!m) {
      workspaces.push({ workspaceId, name: "", outcome: "notMember" });
      continue;
    }
    const where = { userId: scope.userId, workspaceId };
    if ("digest" in scope.stop) {
      // An instant member gets digests too (their overflow past the hourly cap): unsubscribing
      // from one must stop it, so any mode but none goes to none.
      if (m.emailMode !== "none") await db.membership.updateMany({ where, data: { emailMode: "none" } });
      workspaces.push({ workspaceId, name: m.workspace.name, outcome: "digest" });
      continue;
    }
    const stop = new Set<string>(scope.stop.kinds);
    const current = m.alertKinds.length === 0 ? alertKinds : m.alertKinds;
    const remaining = current.filter((k) => !stop.has(k));
    if (remaining.length === 0) {
      await db.membership.updateMany({ where, data: { emailMode: "none" } });
      workspaces.push({ workspaceId, name: m.workspace.name, outcome: "lastKind" });
    } else {
      await db.membership.updateMany({ where, data: { alertKinds: remaining } });
      workspaces.push({ workspaceId, name: m.workspace.name, outcome: "kinds" });
    }
  }
  return { workspaces, email: memberships[0]?.user.email ?? null, locale: memberships[0]?.user.locale ?? null };
}

/** What the confirm page names before anything changes: the workspaces and the address. */
export async function describeUnsubscribe({ db, scope }: { db: Db; scope: UnsubscribeScope }) {
  const memberships = await db.membership.findMany({
    where: { userId: scope.userId, workspaceId: { in: scope.workspaceIds } },
    select: { workspace: { select: { name: true } }, user: { select: { email: true, locale: true } } },
  });
  return { workspaces: memberships.map((m) => m.workspace.name), email: memberships[0]?.user.email ?? null, locale: memberships[0]?.user.locale ?? null };
}
