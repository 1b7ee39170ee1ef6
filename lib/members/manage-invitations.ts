import type { MailTransport } from "@/lib/alerts/mail-transport";
import { readEnv } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { invitationLink, newInvitationToken } from "@/lib/members/invitation-token";
import { type Actor, emailInvitation, type InvitationSent } from "@/lib/members/invite-member";
import { assertWithinOwnRole } from "@/lib/members/role-rank";

// Both look the invitation up by id AND workspace in one query: another workspace's id is
// simply not found. Used or revoked invitations cannot be brought back.
async function openInvitation(db: Db, workspaceId: string, invitationId: string) {
  const invitation = await db.invitation.findFirst({
    where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null },
    select: { id: true, email: true, role: true },
  });
  if (!invitation) throw new AppError("NOT_FOUND", "Invitation not found");
  return invitation;
}

export async function revokeInvitation({ db, workspaceId, invitationId, now = new Date() }: { db: Db; workspaceId: string; invitationId: string; now?: Date }) {
  await openInvitation(db, workspaceId, invitationId);
  await db.invitation.updateMany({ where: { id: invitationId, workspaceId }, data: { revokedAt: now } });
}

/** A new token and a new 7 days: the old link stops working. Also for an expired invitation. */
export async function resendInvitation({
  db,
  workspaceId,
  actor,
  invitationId,
  now = new Date(),
  transport,
}: {
  db: Db;
  workspaceId: string;
  actor: Actor;
  invitationId: string;
  now?: Date;
  transport?: MailTransport | null;
}): Promise<InvitationSent> {
  const invitation = await openInvitation(db, workspaceId, invitationId);
  assertWithinOwnRole(actor.role, invitation.role);
  const { token, tokenHash, expiresAt } = newInvitationToken(now);
  await db.invitation.updateMany({ where: { id: invitationId, workspaceId }, data: { tokenHash, expiresAt } });
  const link = invitationLink(readEnv().appUrl, token);
  const emailed = await emailInvitation({ db, workspaceId, inviterId: actor.userId, email: invitation.email, role: invitation.role, link, transport });
  return { invitationId, link, emailed };
}
