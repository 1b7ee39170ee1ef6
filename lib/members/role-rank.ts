import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";

// Higher number = more rights. "Nobody grants a role above their own" is a comparison here.
const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

export const memberRoles = ["owner", "admin", "member", "viewer"] as const satisfies readonly Role[];

/** Throws FORBIDDEN (on the role field) when `actor` would hand out or touch a role above their own. */
export function assertWithinOwnRole(actor: Role, role: Role): void {
  if (rank[role] > rank[actor]) throw new AppError("FORBIDDEN", "Role above your own", { fields: { role: "roleAboveOwn" } });
}

/** The roles `actor` may hand out, highest first (what the invite and role selects offer). */
export const grantableRoles = (actor: Role): Role[] => memberRoles.filter((r) => rank[r] <= rank[actor]);
