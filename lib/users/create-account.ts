import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword } from "@/lib/auth/password";
import type { Locale } from "@/lib/i18n/locales";
import type { SignUpInput } from "@/lib/users/schemas";

// Sign-up creates the user, their first workspace and the owner membership together: a user
// without a workspace would land on an app that cannot show them anything.
export async function createAccount({
  db,
  input,
  workspaceName,
  locale,
}: {
  db: Db;
  input: SignUpInput;
  workspaceName: string;
  locale?: Locale;
}) {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", "Email already registered", { fields: { email: "emailTaken" } });

  const passwordHash = await hashPassword(input.password);
  const user = await db.user.create({
    data: {
      email: input.email,
      name: input.name,
      passwordHash,
      locale: locale ?? null,
      memberships: { create: { role: "owner", workspace: { create: { name: workspaceName } } } },
    },
    select: { id: true, email: true, name: true, memberships: { select: { workspaceId: true } } },
  });
  return { userId: user.id, email: user.email, workspaceId: user.memberships[0]!.workspaceId };
}
