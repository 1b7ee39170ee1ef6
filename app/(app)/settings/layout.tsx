import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { getPageContext } from "@/lib/auth/page-context";
import { canManageWorkspace } from "@/lib/workspaces/roles";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const [t, ctx] = await Promise.all([getTranslations("settings"), getPageContext()]);
  return (
    <>
      <PageHeader title={t("title")} />
      <SettingsNav showSystem={canManageWorkspace.includes(ctx.role)} />
      <div className="max-w-3xl">{children}</div>
    </>
  );
}
