"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { ACTIVE_WORKSPACE_COOKIE, userAction } from "@/lib/auth/action";
import { createDemoWorkspace, deleteDemoWorkspace } from "@/lib/demo/create-demo-workspace";
import { setActiveWorkspaceCookie } from "@/lib/auth/active-workspace";
import { AppError } from "@/lib/errors/app-error";

async function setActiveWorkspace(workspaceId: string) {
  await setActiveWorkspaceCookie(workspaceId);
  revalidatePath("/", "layout");
}

export const switchWorkspace = userAction({ schema: z.object({ workspaceId: plainText().min(1).max(40) }) }, async ({ workspaceId }, { db, userId }) => {
  // The cookie is only a preference, but refusing a workspace the user is not in keeps the
  // switcher honest about what exists.
  const membership = await db.membership.findFirst({ where: { userId, workspaceId }, select: { workspaceId: true } });
  if (!membership) throw new AppError("NOT_FOUND");
  await setActiveWorkspace(workspaceId);
  return { workspaceId };
});

export const openDemoWorkspace = userAction({ schema: z.object({}) }, async (_input, { db, userId }) => {
  const t = await getTranslations("demo");
  const demo = await createDemoWorkspace({ db, userId, name: t("workspaceName") });
  await setActiveWorkspace(demo.workspaceId);
  return demo;
});

export const removeDemoWorkspace = userAction({ schema: z.object({ workspaceId: plainText().min(1).max(40) }) }, async ({ workspaceId }, { db, userId }) => {
  const { deleted } = await deleteDemoWorkspace({ db, userId, workspaceId });
  if (!deleted) throw new AppError("NOT_FOUND");
  (await cookies()).delete(ACTIVE_WORKSPACE_COOKIE);
  revalidatePath("/", "layout");
  return { deleted };
});
