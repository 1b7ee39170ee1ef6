import { Radar } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthLink, withCallback } from "@/components/auth/auth-link";
import { AcceptInvitationButton } from "@/components/members/accept-invitation-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getSessionUserId } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { findInvitation } from "@/lib/members/accept-invitation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitePage"))("title"), robots: { index: false } };
}

type Props = { params: Promise<{ token: string }> };

// Open to everyone holding the link; only the invited address can accept (the action checks
// again). Signed out, the visitor signs in or signs up and comes back here.
export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const [db, userId, t, tRoles, tApp] = await Promise.all([getDb(), getSessionUserId(), getTranslations("invitePage"), getTranslations("members.roles"), getTranslations("app")]);
  const invitation = await findInvitation({ db, token });
  const here = `/invite/${encodeURIComponent(token)}`;
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { email: true } }) : null;

  let body: React.ReactNode;
  if (invitation.state === "invalid") {
    body = <p role="alert" className="text-sm text-destructive">{t("invalid")}</p>;
  } else if (!user) {
    const signUp = `/sign-up?${new URLSearchParams({ callbackUrl: here, email: invitation.email })}`;
    body = (
      <div className="grid gap-3 text-sm">
        <p>{t("signedOut", { email: invitation.email })}</p>
        <p className="flex gap-4">
          <AuthLink href={withCallback("/sign-in", here)}>{t("signIn")}</AuthLink>
          <AuthLink href={signUp}>{t("signUp")}</AuthLink>
        </p>
      </div>
    );
  } else if (user.email.toLowerCase() !== invitation.email) {
    body = <p role="alert" className="text-sm text-destructive">{t("wrongAddress", { current: user.email, email: invitation.email })}</p>;
  } else {
    body = <AcceptInvitationButton token={token} />;
  }

  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center gap-2 px-6 py-4 font-semibold">
        <Radar className="h-5 w-5 text-primary" aria-hidden />
        {tApp("name")}
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-8 sm:pt-16">
        <Card className="w-full max-w-md">
          <CardHeader>
            <CardTitle as="h1">{invitation.state === "pending" ? t("heading", { workspace: invitation.workspaceName }) : t("title")}</CardTitle>
            {invitation.state === "pending" && (
              <CardDescription>{t("summary", { workspace: invitation.workspaceName, role: tRoles(invitation.role), email: invitation.email })}</CardDescription>
            )}
          </CardHeader>
          <CardContent>{body}</CardContent>
        </Card>
      </main>
    </div>
  );
}
