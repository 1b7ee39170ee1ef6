import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { SessionsList } from "@/components/settings/sessions-list";
import { TimePreferencesForm } from "@/components/settings/time-preferences-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { getCurrentSession } from "@/lib/auth/session";
import { listSessions } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { getSessionProfile } from "@/lib/users/session-profile";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.profile"))("title") };
}

export default async function ProfileSettingsPage() {
  const ctx = await getPageContext();
  const [user, current, sessions, t, ta, tp] = await Promise.all([
    getSessionProfile(ctx.userId),
    getCurrentSession(),
    listSessions(await getDb(), ctx.userId),
    getTranslations("settings.profile"),
    getTranslations("account"),
    getTranslations("account.timePreferences"),
  ]);
  const rows = sessions.map((s) => ({
    id: s.id,
    current: s.id === current?.sessionId,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    device: s.userAgent ?? ta("sessions.unknownDevice"),
    ipAddress: s.ipAddress,
  }));
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <ProfileForm name={user.name} email={user.email} locale={user.locale ?? ""} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{tp("title")}</CardTitle>
          <CardDescription>{tp("description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <TimePreferencesForm
            timeZone={user.timeZone}
            quietHoursStart={user.quietHoursStart}
            quietHoursEnd={user.quietHoursEnd}
            timeZones={Intl.supportedValuesOf("timeZone")}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{ta("password.title")}</CardTitle>
          <CardDescription>{ta("password.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <PasswordForm />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{ta("sessions.title")}</CardTitle>
          <CardDescription>{ta("sessions.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <SessionsList sessions={rows} />
        </CardContent>
      </Card>
    </div>
  );
}
