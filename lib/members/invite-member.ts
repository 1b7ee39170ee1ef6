import type { MailTransport } from "@/lib/alerts/mail-transport";
import { readEnv } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { invitationLink, newInvitationToken } from "@/lib/members/invitation-token";
import { assertWithinOwnRole } from "@/lib/members/role-rank";
import type { InviteMemberInput } from "@/lib/members/schemas";
import { sendInvitationEmail } from "@/lib/members/send-invitation-email";

export type Actor = { userId: string; role: Role };
export type InvitationSent = { invitationId: string; link: string; emailed: boolean };

/** A pending invitation is one nobody accepted or revoked and that has not expired. */
const pendingInvitationWhere = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

// The link is returned to the inviter as well as emailed: without SMTP it is the only way the
// invitee gets it, and with SMTP it is a fallback when the mail is lost.
export async function inviteMember({
  db,
  workspaceId,
  actor,
  input,
  now = new Date(),
  transport,
}: {
  db: Db;
  workspaceId: string;
  actor: Actor;
  input: InviteMemberInput;
  now?: Date;
  transport?: MailTransport | null;
}): Promise<InvitationSent> {
  assertWithinOwnRole(actor.role, input.role);
  const member = await db.membership.findFirst({ where: { workspaceId, user: { email: input.email } }, select: { id: true } });
  if (member) throw new AppError("CONFLICT", "Already a member", { fields: { email: "alreadyMember" } });
  const pending = await db.invitation.findFirst({ where: { workspaceId, email: input.email, ...pendingInvitationWhere(now) }, select: { id: true } });
  if (pending) throw new AppError("CONFLICT", "Already invited", { fields: { email: "alreadyInvited" } });

  const { token, tokenHash, expiresAt } = newInvitationToken(now);
  const invitation = await db.invitation.create({
    data: { workspaceId, email: input.email, role: input.role, tokenHash, expiresAt, invitedById: actor.userId, createdAt: now },
    select: { id: true },
  });
  const link = invitationLink(readEnv().appUrl, token);
  const emailed = await emailInvitation({ db, workspaceId, inviterId: actor.userId, email: input.email, role: input.role, link, transport });
  return { invitationId: invitation.id, link, emailed };
}

/** Sends (or re-sends) the invitation mail in the inviter's language; false without SMTP. */
export async function emailInvitation({
  db,
  workspaceId,
  inviterId,
  email,
  role,
  link,
  transport,
}: {
  db: Db;
  workspaceId: string;
  inviterId: string;
  email: string;
  role: Role;
  link: string;
  transport?: MailTransport | null;
}): Promise<boolean> {
  const [workspace, inviter] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } }),
    db.user.findUniqueOrThrow({ where: { id: inviterId }, select: { name: true, locale: true } }),
  ]);
  return sendInvitationEmail({ email, workspaceName: workspace.name, inviterName: inviter.name, role, locale: inviter.locale, link }, transport);
}
