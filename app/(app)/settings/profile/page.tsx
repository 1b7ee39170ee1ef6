import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfileForm } from "@/components/settings/profile-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { getSessionProfile } from "@/lib/users/session-profile";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.profile"))("title") };
}

export default async function ProfileSettingsPage() {
  const ctx = await getPageContext();
  const [user, t] = await Promise.all([getSessionProfile(ctx.userId), getTranslations("settings.profile")]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <ProfileForm name={user.name} email={user.email} locale={user.locale ?? ""} />
      </CardContent>
    </Card>
  );
}
