import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApiKeyCreateForm } from "@/components/api-keys/api-key-create-form";
import { ApiKeyRevokeButton } from "@/components/api-keys/api-key-revoke-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { listApiKeys } from "@/lib/api-keys/api-keys";
import { getPageContext } from "@/lib/auth/page-context";
import { canManageWorkspace } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiKeySettings"))("title") };
}

// Everyone in the workspace sees which keys exist (as with webhooks); owners and admins
// create and revoke them.
export default async function ApiKeySettingsPage() {
  const ctx = await getPageContext();
  const [keys, t, format] = await Promise.all([
    listApiKeys({ db: ctx.db, workspaceId: ctx.workspaceId }),
    getTranslations("apiKeySettings"),
    getFormatter(),
  ]);
  const canManage = canManageWorkspace.includes(ctx.role);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const now = new Date();
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
          {!canManage && <p className="text-sm text-muted-foreground">{t("readOnly")}</p>}
        </CardHeader>
        {canManage && (
          <CardContent>
            <ApiKeyCreateForm />
          </CardContent>
        )}
      </Card>
      {keys.length === 0 && <p className="text-sm text-muted-foreground">{t("empty")}</p>}
      {keys.length > 0 && (
        <ul className="grid gap-3" aria-label={t("title")}>
          {keys.map((k) => (
            <li key={k.id} data-testid="api-key" className="flex flex-wrap items-start justify-between gap-3 rounded-lg border p-4">
              <div className="grid gap-1 text-sm">
                <p className="font-medium">
                  {k.name} <span className="font-mono text-xs text-muted-foreground">{k.prefix}…</span>
                </p>
                <p className="text-muted-foreground">
                  {k.scopes.map((s) => (s === "read" ? t("scopeRead") : t("scopeWrite"))).join(", ")}
                  {" · "}
                  {t("createdBy", { name: k.createdBy.name, date: date(k.createdAt) })}
                </p>
                <p className="text-muted-foreground">
                  {k.lastUsedAt ? t("lastUsed", { date: format.relativeTime(new Date(k.lastUsedAt), now) }) : t("neverUsed")}
                  {" · "}
                  {k.revokedAt
                    ? t("revoked", { date: date(k.revokedAt) })
                    : k.expiresAt
                      ? new Date(k.expiresAt) <= now
                        ? t("expired")
                        : t("expires", { date: date(k.expiresAt) })
                      : t("noExpiry")}
                </p>
              </div>
              {canManage && !k.revokedAt && <ApiKeyRevokeButton id={k.id} name={k.name} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
