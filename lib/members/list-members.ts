import type { Db } from "@/lib/db/client";

/** Members (oldest first) and the invitations still waiting for an answer, of one workspace. */
export async function listMembersAndInvitations({ db, workspaceId, now = new Date() }: { db: Db; workspaceId: string; now?: Date }) {
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId },
      orderBy: { createdAt: "asc" },
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    // Expired ones stay listed (marked so) until revoked: the inviter may want to re-send.
    db.invitation.findMany({
      where: { workspaceId, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
    }),
  ]);
  return {
    members,
    invitations: invitations.map((i) => ({ ...i, expired: i.expiresAt <= now })),
  };
}
