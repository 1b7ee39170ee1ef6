import type { MailTransport } from "@/lib/alerts/mail-transport";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { readEnv } from "@/lib/config/env";
import type { Locale } from "@/lib/i18n/locales";
import type { SignUpInput } from "@/lib/users/schemas";
import { sendAccountEmail } from "@/lib/users/send-account-email";

export type SignUpOutcome = { email: string };

// Sign-up creates the user, their first workspace and the owner membership together: a user
// without a workspace would land on an app that cannot show them anything.
export async function createAccount({ db, input, workspaceName, locale }: { db: Db; input: SignUpInput; workspaceName: string; locale?: Locale }) {
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

// The sign-up form answers the same whether or not the address has an account, so it cannot
// be used to find out who does: an existing address gets an email (when email is set up)
// pointing to sign-in and reset, and the password is hashed either way so the time matches.
export async function signUpOrNotify({
  db,
  input,
  workspaceName,
  locale,
  transport,
}: {
  db: Db;
  input: SignUpInput;
  workspaceName: string;
  locale?: Locale;
  transport?: MailTransport | null;
}): Promise<SignUpOutcome> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { email: true, name: true, locale: true } });
  if (!existing) {
    try {
      await createAccount({ db, input, workspaceName, locale });
    } catch (err) {
      // Two sign-ups for one address at once: the loser answers like any known address.
      if (!(err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")) throw err;
    }
    return { email: input.email };
  }
  await hashPassword(input.password);
  await sendAccountEmail(existing, "signUpExisting", `${readEnv().appUrl}/forgot-password`, transport);
  return { email: input.email };
}
