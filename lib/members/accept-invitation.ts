import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashInvitationToken } from "@/lib/members/invitation-token";

type InvitationView =
  | { state: "invalid" }
  | { state: "pending"; email: string; role: Role; workspaceName: string; expiresAt: Date };

const invalid = () => new AppError("NOT_FOUND", "Invitation invalid", { messageKey: "invitationInvalid" });

/** What the /invite page shows for a token; used, revoked, expired and unknown look the same. */
export async function findInvitation({ db, token, now = new Date() }: { db: Db; token: string; now?: Date }): Promise<InvitationView> {
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, workspace: { select: { name: true } } },
  });
  if (!row || row.acceptedAt || row.revokedAt || row.expiresAt <= now) return { state: "invalid" };
  return { state: "pending", email: row.email, role: row.role, workspaceName: row.workspace.name, expiresAt: row.expiresAt };
}

// Only the account with the invited address may accept: holding the link is not enough (it
// may have been forwarded). The claim is one conditional update, so a link works once even
// when two requests race; the membership is created in the same transaction.
export async function acceptInvitation({ db, userId, token, now = new Date() }: { db: Db; userId: string; token: string; now?: Date }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  const tokenHash = hashInvitationToken(token);
  const open = { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
  // A used, revoked or expired link says only that: it does not reveal whom it was for.
  const invitation = await db.invitation.findFirst({ where: open, select: { email: true } });
  if (!invitation) throw invalid();
  if (invitation.email !== user.email.toLowerCase()) {
    throw new AppError("FORBIDDEN", "Invitation for another address", { messageKey: "invitationOtherAddress", values: { email: invitation.email } });
  }
  return db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateManyAndReturn({
      where: open,
      data: { acceptedAt: now },
      select: { workspaceId: true, role: true },
    });
    const claim = claimed[0];
    if (!claim) throw invalid();
    // Already a member (joined through another invitation meanwhile): keep their current role.
    await tx.membership.upsert({
      where: { userId_workspaceId: { userId, workspaceId: claim.workspaceId } },
      create: { userId, workspaceId: claim.workspaceId, role: claim.role },
      update: {},
    });
    return { workspaceId: claim.workspaceId };
  });
}
