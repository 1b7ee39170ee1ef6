import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DigestPreview } from "@/components/alert-settings/digest-preview";
import { NotificationsForm } from "@/components/alert-settings/notifications-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getNotificationPreferences } from "@/lib/alerts/notification-preferences";
import { previewDigest } from "@/lib/alerts/preview-digest";
import { readEnv } from "@/lib/config/env";
import { getPageContext } from "@/lib/auth/page-context";
import { getWorkspace } from "@/lib/workspaces/get-workspace";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alertSettings.notifications"))("title") };
}

export default async function NotificationSettingsPage() {
  const ctx = await getPageContext();
  const [prefs, workspace, preview, t] = await Promise.all([
    getNotificationPreferences({ db: ctx.db, workspaceId: ctx.workspaceId, userId: ctx.userId }),
    getWorkspace({ db: ctx.db, workspaceId: ctx.workspaceId }),
    previewDigest({ db: ctx.db, workspaceId: ctx.workspaceId, userId: ctx.userId }),
    getTranslations("alertSettings.notifications"),
  ]);
  const smtp = readEnv().smtp.state;
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("description", { workspace: workspace.name })}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <p
            role="status"
            data-testid="email-status"
            className={smtp === "on" ? "text-sm text-muted-foreground" : "rounded-md border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-sm"}
          >
            {smtp === "on" ? t("emailOn", { email: prefs.email }) : smtp === "off" ? t("emailOff") : t("emailInvalid")}
          </p>
          {prefs.failedEmails.count > 0 && (
            <p className="rounded-md bg-destructive/10 px-3 py-2 text-sm text-destructive">
              {t("failedEmails", { count: prefs.failedEmails.count, reason: prefs.failedEmails.lastError ?? "—" })}
            </p>
          )}
          <NotificationsForm emailMode={prefs.emailMode} alertKinds={prefs.alertKinds} emailAvailable={smtp === "on"} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("preview.title")}</CardTitle>
          <CardDescription>{t("preview.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          {preview ? (
            <DigestPreview html={preview.html} subject={preview.subject} title={t("preview.subject")} />
          ) : (
            <p className="text-sm text-muted-foreground" data-testid="digest-preview-empty">
              {t("preview.empty")}
            </p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
