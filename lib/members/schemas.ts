import { z } from "zod";
import { memberRoles } from "@/lib/members/role-rank";

const id = z.string().trim().min(1).max(100);

export const inviteMemberSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  role: z.enum(memberRoles),
});
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const invitationIdSchema = z.object({ invitationId: id });
export const memberIdSchema = z.object({ membershipId: id });
export const changeRoleSchema = z.object({ membershipId: id, role: z.enum(memberRoles) });
export const invitationTokenSchema = z.object({ token: z.string().trim().min(1).max(200) });
export const leaveWorkspaceSchema = z.object({});
