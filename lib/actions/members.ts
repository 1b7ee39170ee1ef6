"use server";

import { revalidatePath } from "next/cache";
import { workspaceAction, userAction } from "@/lib/auth/action";
import { setActiveWorkspaceCookie } from "@/lib/auth/active-workspace";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { inviteMember } from "@/lib/members/invite-member";
import { resendInvitation, revokeInvitation } from "@/lib/members/manage-invitations";
import { changeMemberRole, leaveWorkspace, removeMember } from "@/lib/members/manage-members";
import { changeRoleSchema, invitationIdSchema, invitationTokenSchema, inviteMemberSchema, leaveWorkspaceSchema, memberIdSchema } from "@/lib/members/schemas";
import { canManageWorkspace } from "@/lib/workspaces/roles";

const roles = canManageWorkspace;
const page = "/settings/members";

// Owners and admins only; every lib function names the workspace in its query, so an id of
// another workspace is "not found", never someone else's row.

export const inviteMemberAction = workspaceAction({ schema: inviteMemberSchema, roles }, async (input, { db, workspaceId, userId, role }) => {
  const result = await inviteMember({ db, workspaceId, actor: { userId, role }, input });
  revalidatePath(page);
  return result;
});

export const resendInvitationAction = workspaceAction({ schema: invitationIdSchema, roles }, async ({ invitationId }, { db, workspaceId, userId, role }) => {
  const result = await resendInvitation({ db, workspaceId, actor: { userId, role }, invitationId });
  revalidatePath(page);
  return result;
});

export const revokeInvitationAction = workspaceAction({ schema: invitationIdSchema, roles }, async ({ invitationId }, { db, workspaceId }) => {
  await revokeInvitation({ db, workspaceId, invitationId });
  revalidatePath(page);
  return null;
});

export const changeMemberRoleAction = workspaceAction({ schema: changeRoleSchema, roles }, async ({ membershipId, role: newRole }, { db, workspaceId, userId, role }) => {
  await changeMemberRole({ db, workspaceId, actor: { userId, role }, membershipId, role: newRole });
  revalidatePath(page);
  return null;
});

export const removeMemberAction = workspaceAction({ schema: memberIdSchema, roles }, async ({ membershipId }, { db, workspaceId, userId, role }) => {
  await removeMember({ db, workspaceId, actor: { userId, role }, membershipId });
  revalidatePath(page);
  return null;
});

/** Joins the invited workspace and makes it the active one, so the dashboard opens on it. */
export const acceptInvitationAction = userAction({ schema: invitationTokenSchema }, async ({ token }, { db, userId }) => {
  const { workspaceId } = await acceptInvitation({ db, userId, token });
  await setActiveWorkspaceCookie(workspaceId);
  return { workspaceId };
});

/** Any role may leave the active workspace (not the last owner); the next page opens another one. */
export const leaveWorkspaceAction = workspaceAction({ schema: leaveWorkspaceSchema }, async (_input, { db, workspaceId, userId }) => {
  await leaveWorkspace({ db, workspaceId, userId });
  return null;
});
