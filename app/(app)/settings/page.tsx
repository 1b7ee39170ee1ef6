import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LeaveWorkspaceButton } from "@/components/members/leave-workspace-button";
import { WorkspaceForm } from "@/components/settings/workspace-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { getWorkspace } from "@/lib/workspaces/get-workspace";
import { canManageWorkspace } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.workspace"))("title") };
}

export default async function WorkspaceSettingsPage() {
  const ctx = await getPageContext();
  const [workspace, t, tNav] = await Promise.all([
    getWorkspace({ db: ctx.db, workspaceId: ctx.workspaceId }),
    getTranslations("settings.workspace"),
    getTranslations("nav.role"),
  ]);
  const canEdit = canManageWorkspace.includes(ctx.role);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
        <p className="text-sm text-muted-foreground">{t("yourRole", { role: tNav(ctx.role) })}</p>
      </CardHeader>
      <CardContent>
        <WorkspaceForm name={workspace.name} canEdit={canEdit} />
        <div className="mt-6 border-t pt-4">
          <LeaveWorkspaceButton workspaceName={workspace.name} />
        </div>
      </CardContent>
    </Card>
  );
}
