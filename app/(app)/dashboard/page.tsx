import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/shell/page-header";
import { OpenDemoButton } from "@/components/shell/open-demo-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { getProfile } from "@/lib/users/profile";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.dashboard"))("title") };
}

export default async function DashboardPage() {
  const ctx = await getPageContext();
  const [t, tDemo, user, productCount] = await Promise.all([
    getTranslations("pages.dashboard"),
    getTranslations("demo"),
    getProfile({ db: ctx.db, userId: ctx.userId }),
    ctx.db.product.count({ where: { workspaceId: ctx.workspaceId } }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("welcome", { name: user.name })} />
      {productCount === 0 ? (
        <Card className="border-dashed" data-testid="empty-dashboard">
          <CardContent className="grid justify-items-center gap-3 p-8 text-center">
            <h2 className="text-lg font-semibold">{tDemo("emptyTitle")}</h2>
            <p className="max-w-xl text-sm text-muted-foreground">{tDemo("emptyText")}</p>
            <div className="flex flex-wrap justify-center gap-2">
              <Button asChild>
                <Link href="/products">{tDemo("addProducts")}</Link>
              </Button>
              <OpenDemoButton size="default" />
            </div>
          </CardContent>
        </Card>
      ) : (
        <ComingSoon text={t("intro")} />
      )}
    </>
  );
}
