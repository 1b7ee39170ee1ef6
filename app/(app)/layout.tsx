import { Radar } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppNav } from "@/components/shell/app-nav";
import { DemoBanner } from "@/components/shell/demo-banner";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { UserMenu } from "@/components/shell/user-menu";
import { QueryProvider } from "@/components/query-provider";
import { ThemeSwitcher } from "@/components/theme/theme-switcher";
import { getPageContext } from "@/lib/auth/page-context";
import { countUnread } from "@/lib/anomalies/list-anomalies";
import { getSessionProfile } from "@/lib/users/session-profile";
import { getWorkspace, listUserWorkspaces } from "@/lib/workspaces/get-workspace";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const ctx = await getPageContext();
  const [workspace, workspaces, user, t, unreadAlerts] = await Promise.all([
    getWorkspace({ db: ctx.db, workspaceId: ctx.workspaceId }),
    listUserWorkspaces({ db: ctx.db, userId: ctx.userId }),
    getSessionProfile(ctx.userId),
    getTranslations(),
    countUnread({ db: ctx.db, workspaceId: ctx.workspaceId, userId: ctx.userId }),
  ]);

  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-background focus:p-2">
        {t("common.skipToContent")}
      </a>
      <aside className="flex flex-col gap-4 border-b bg-muted/40 p-4 md:w-60 md:border-b-0 md:border-r">
        <div className="flex items-center gap-2 font-semibold">
          <Radar className="h-5 w-5 text-primary" aria-hidden />
          {t("app.name")}
        </div>
        <div className="text-xs text-muted-foreground">
          <span className="sr-only">{t("nav.workspace")}: </span>
          <span data-testid="workspace-name" className="font-medium text-foreground">{workspace.name}</span>
          {" · "}
          {t(`nav.role.${ctx.role}`)}
        </div>
        <WorkspaceSwitcher workspaces={workspaces.map((m) => m.workspace)} currentId={workspace.id} />
        <AppNav unreadAlerts={unreadAlerts} />
      </aside>
      <div className="flex flex-1 flex-col">
        {workspace.isDemo && <DemoBanner workspaceId={workspace.id} />}
        <header className="flex items-center justify-end gap-3 border-b px-4 py-2">
          <ThemeSwitcher />
          <UserMenu name={user.name} email={user.email} />
        </header>
        <main id="content" className="min-w-0 flex-1 p-4 md:p-8">
          <QueryProvider>{children}</QueryProvider>
        </main>
      </div>
    </div>
  );
}
