import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProductList } from "@/components/products/product-list";
import { SummaryCards } from "@/components/dashboard/summary-cards";
import { PageHeader } from "@/components/shell/page-header";
import { OpenDemoButton } from "@/components/shell/open-demo-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { listParamsSchema, listParamsToQuery, parseListParams } from "@/lib/products/list-params";
import { loadDashboardSummary } from "@/lib/dashboard/load-dashboard-summary";
import { loadProductList } from "@/lib/products/list-products";
import { canEdit } from "@/lib/workspaces/roles";
import { getSessionProfile } from "@/lib/users/session-profile";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.dashboard"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await getPageContext();
  const parsed = parseListParams(await searchParams);
  const params = parsed.success ? parsed.data : listParamsSchema.parse({});
  const now = new Date();
  const [t, tDemo, tProducts, user, summary, list] = await Promise.all([
    getTranslations("pages.dashboard"),
    getTranslations("demo"),
    getTranslations("products"),
    getSessionProfile(ctx.userId),
    loadDashboardSummary({ db: ctx.db, workspaceId: ctx.workspaceId, now }),
    loadProductList({ db: ctx.db, workspaceId: ctx.workspaceId, params, now }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("welcome", { name: user.name })} />
      {summary.tracked === 0 ? (
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
        <>
          <SummaryCards summary={summary} />
          <ProductList initial={list} initialQuery={listParamsToQuery(params)} emptyText={tProducts("table.empty")} canEdit={canEdit.includes(ctx.role)} />
        </>
      )}
    </>
  );
}
