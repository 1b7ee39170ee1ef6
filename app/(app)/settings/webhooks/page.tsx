import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { WebhookActions } from "@/components/alert-settings/webhook-actions";
import { WebhookCreateForm } from "@/components/alert-settings/webhook-create-form";
import { WebhookDeliveryLog } from "@/components/alert-settings/webhook-delivery-log";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { listWebhooks } from "@/lib/webhooks/manage-webhooks";
import { getPageContext } from "@/lib/auth/page-context";
import { readEnv } from "@/lib/config/env";
import { canManageWorkspace } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhookSettings"))("title") };
}

export default async function WebhookSettingsPage() {
  const ctx = await getPageContext();
  const canManage = canManageWorkspace.includes(ctx.role);
  const [webhooks, t, format] = await Promise.all([
    listWebhooks({ db: ctx.db, workspaceId: ctx.workspaceId, revealUrls: canManage }),
    getTranslations("webhookSettings"),
    getFormatter(),
  ]);
  const autoDisabled = webhooks.filter((w) => !w.active && w.disabledReason === "failing");
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const now = new Date();
  return (
    <div className="grid gap-6">
      {autoDisabled.length > 0 && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm text-destructive">
          {t("autoDisabledBanner", { count: autoDisabled.length, days: readEnv().webhookDisableAfterDays })}
        </p>
      )}
      <Card>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
          {!canManage && <p className="text-sm text-muted-foreground">{t("readOnly")}</p>}
        </CardHeader>
        {canManage && (
          <CardContent>
            <WebhookCreateForm />
          </CardContent>
        )}
      </Card>
      {webhooks.length === 0 && <p className="text-sm text-muted-foreground">{t("empty")}</p>}
      {webhooks.map((w) => (
        <Card key={w.id} aria-label={w.url} data-testid="webhook">
          <CardHeader>
            <CardTitle as="h3" className="break-all font-mono text-sm">
              {w.url}
            </CardTitle>
            <CardDescription>
              <span className={w.active ? "font-medium text-success" : "font-medium text-muted-foreground"}>
                {w.active ? t("active") : t("disabled")}
              </span>
              {" · "}
              {w.kinds.length === 0 ? t("allKinds") : t("kindCount", { count: w.kinds.length })}
              {" · "}
              {format.dateTime(w.createdAt, { dateStyle: "medium" })}
            </CardDescription>
            {!w.active && w.disabledReason === "failing" && w.disabledAt && w.failingSince && (
              <p className="text-sm text-destructive">{t("autoDisabled", { date: when(w.disabledAt), since: when(w.failingSince) })}</p>
            )}
            {w.previousSecretExpiresAt && w.previousSecretExpiresAt > now && (
              <p className="text-sm text-muted-foreground">{t("overlap", { time: when(w.previousSecretExpiresAt) })}</p>
            )}
            {w.failedRecently > 0 && <p className="text-sm text-destructive">{t("failedRecently", { count: w.failedRecently })}</p>}
          </CardHeader>
          <CardContent className="grid gap-4">
            {canManage && <WebhookActions id={w.id} url={w.url} active={w.active} />}
            <section className="grid gap-2">
              <h4 className="text-sm font-medium">{t("log")}</h4>
              <WebhookDeliveryLog deliveries={w.deliveries} canRedeliver={canManage} />
            </section>
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
