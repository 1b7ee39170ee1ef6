import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/members/invite-member";
import { assertWithinOwnRole } from "@/lib/members/role-rank";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function findMember(tx: Tx, workspaceId: string, membershipId: string) {
  const member = await tx.membership.findFirst({ where: { id: membershipId, workspaceId }, select: { id: true, role: true, userId: true } });
  if (!member) throw new AppError("NOT_FOUND", "Member not found");
  return member;
}

// A workspace always keeps an owner: someone must be able to manage it. Counted inside the
// transaction that changes the row, after the row itself was read.
async function assertNotLastOwner(tx: Tx, workspaceId: string, member: { role: Role }) {
  if (member.role !== "owner") return;
  const owners = await tx.membership.count({ where: { workspaceId, role: "owner" } });
  if (owners <= 1) throw new AppError("CONFLICT", "Last owner", { messageKey: "lastOwner" });
}

/** Nobody sets a role above their own, nor changes someone whose role is above their own. */
export async function changeMemberRole({ db, workspaceId, actor, membershipId, role }: { db: Db; workspaceId: string; actor: Actor; membershipId: string; role: Role }) {
  assertWithinOwnRole(actor.role, role);
  await db.$transaction(async (tx) => {
    const member = await findMember(tx, workspaceId, membershipId);
    assertWithinOwnRole(actor.role, member.role);
    if (role !== "owner") await assertNotLastOwner(tx, workspaceId, member);
    await tx.membership.updateMany({ where: { id: membershipId, workspaceId }, data: { role } });
  });
}

// Deleting the membership row is what ends access: every workspace-scoped read and action
// resolves the caller's membership on each request (lib/workspaces/resolve-workspace-context).
export async function removeMember({ db, workspaceId, actor, membershipId }: { db: Db; workspaceId: string; actor: Actor; membershipId: string }) {
  await db.$transaction(async (tx) => {
    const member = await findMember(tx, workspaceId, membershipId);
    assertWithinOwnRole(actor.role, member.role);
    await assertNotLastOwner(tx, workspaceId, member);
    await tx.membership.deleteMany({ where: { id: membershipId, workspaceId } });
  });
}

/** Any member may leave, except the last owner, and nobody leaves their only workspace (the app needs one to open). */
export async function leaveWorkspace({ db, workspaceId, userId }: { db: Db; workspaceId: string; userId: string }) {
  await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { workspaceId, userId }, select: { id: true, role: true } });
    if (!member) throw new AppError("NOT_FOUND", "Member not found");
    await assertNotLastOwner(tx, workspaceId, member);
    if ((await tx.membership.count({ where: { userId } })) <= 1) throw new AppError("CONFLICT", "Only workspace", { messageKey: "onlyWorkspace" });
    await tx.membership.deleteMany({ where: { id: member.id, workspaceId } });
  });
}
