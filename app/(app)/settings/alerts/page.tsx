import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ThresholdsForm } from "@/components/alert-settings/thresholds-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { getWorkspaceAlertSettings } from "@/lib/anomalies/update-thresholds";
import { canManageWorkspace } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("thresholdSettings"))("title") };
}

export default async function AlertSettingsPage() {
  const ctx = await getPageContext();
  const [settings, t] = await Promise.all([getWorkspaceAlertSettings({ db: ctx.db, workspaceId: ctx.workspaceId }), getTranslations("thresholdSettings")]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <ThresholdsForm mode="workspace" values={settings} canEdit={canManageWorkspace.includes(ctx.role)} />
        <p className="text-xs text-muted-foreground">{t("alwaysOn")}</p>
      </CardContent>
    </Card>
  );
}
