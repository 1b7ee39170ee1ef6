import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InvitationActions } from "@/components/members/invitation-actions";
import { InviteForm } from "@/components/members/invite-form";
import { MemberActions } from "@/components/members/member-actions";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { listMembersAndInvitations } from "@/lib/members/list-members";
import { grantableRoles } from "@/lib/members/role-rank";
import { canManageWorkspace } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage() {
  const ctx = await getPageContext();
  const t = await getTranslations("members");
  // Same answer as the System page for other roles; the actions refuse them (FORBIDDEN) too.
  if (!canManageWorkspace.includes(ctx.role)) {
    return (
      <p data-testid="members-forbidden" className="rounded-lg border border-dashed p-6 text-sm text-muted-foreground">
        {t("adminsOnly")}
      </p>
    );
  }
  const [{ members, invitations }, format] = await Promise.all([listMembersAndInvitations({ db: ctx.db, workspaceId: ctx.workspaceId }), getFormatter()]);
  const roles = grantableRoles(ctx.role);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <CardContent className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="text-left text-muted-foreground">
              <tr>
                <th className="py-2 pr-4 font-medium">{t("name")}</th>
                <th className="py-2 pr-4 font-medium">{t("email")}</th>
                <th className="py-2 pr-4 font-medium">{t("joined")}</th>
                <th className="py-2 font-medium">{t("role")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id} className="border-t align-top" data-testid="member" aria-label={m.user.email}>
                  <td className="py-2 pr-4">
                    {m.user.name} {m.user.id === ctx.userId && <span className="text-muted-foreground">{t("you")}</span>}
                  </td>
                  <td className="break-all py-2 pr-4">{m.user.email}</td>
                  <td className="whitespace-nowrap py-2 pr-4">{day(m.createdAt)}</td>
                  <td className="py-2">
                    <MemberActions membershipId={m.id} name={m.user.name} role={m.role} roles={roles} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("invite.title")}</CardTitle>
          <CardDescription>{t("invite.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <InviteForm roles={roles} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("pending.title")}</CardTitle>
          <CardDescription>{t("pending.linkNote")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {invitations.length === 0 && <p className="text-sm text-muted-foreground">{t("pending.empty")}</p>}
          {invitations.map((i) => (
            <section key={i.id} aria-label={i.email} data-testid="invitation" className="grid gap-2 border-t pt-3 first:border-t-0 first:pt-0">
              <p className="text-sm">
                <span className="font-medium">{i.email}</span> · {t(`roles.${i.role}`)} ·{" "}
                <span className={i.expired ? "text-destructive" : "text-muted-foreground"}>
                  {i.expired ? t("pending.expired") : t("pending.expires", { date: day(i.expiresAt) })}
                </span>
              </p>
              <InvitationActions invitationId={i.id} email={i.email} />
            </section>
          ))}
        </CardContent>
      </Card>
    </div>
  );
}
