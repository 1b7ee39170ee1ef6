import type { Role } from "@/lib/generated/prisma/enums";

/** Who may change workspace settings, manage products, and so on, in one readable place. */
export const canManageWorkspace: readonly Role[] = ["owner", "admin"];
export const canEdit: readonly Role[] = ["owner", "admin", "member"];
