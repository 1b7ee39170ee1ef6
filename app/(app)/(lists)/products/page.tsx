import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { AddProductsForm } from "@/components/products/add-products-form";
import { ProductList } from "@/components/products/product-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { productListCsvHref } from "@/lib/export/links";
import { listParamsSchema, listParamsToQuery, parseListParams } from "@/lib/products/list-params";
import { loadProductList } from "@/lib/products/list-products";
import { getConfiguredSource } from "@/lib/sources/get-source";
import { canEdit } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.products"))("title") };
}

export default async function ProductsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await getPageContext();
  const parsed = parseListParams(await searchParams);
  const params = parsed.success ? parsed.data : listParamsSchema.parse({});
  const [list, t, tPage, tProduct] = await Promise.all([
    loadProductList({ db: ctx.db, workspaceId: ctx.workspaceId, params }),
    getTranslations("products"),
    getTranslations("pages.products"),
    getTranslations("product"),
  ]);
  const demo = getConfiguredSource().source.kind === "demo";
  return (
    <div className="grid gap-6">
      <PageHeader
        title={tPage("title")}
        description={tPage("intro")}
        actions={
          <div className="flex items-center gap-4">
            <a href={productListCsvHref} download className="text-sm text-primary underline-offset-4 hover:underline" data-testid="export-products-csv">
              {tProduct("downloadListCsv")}
            </a>
            <Link href="/products/crawls" className="text-sm text-primary underline-offset-4 hover:underline">
              {t("crawlRunsLink")}
            </Link>
          </div>
        }
      />
      {demo && <p className="rounded-md border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-sm">{t("demoSource")}</p>}
      {canEdit.includes(ctx.role) && (
        <Card>
          <CardHeader>
            <CardTitle>{t("add.title")}</CardTitle>
            <CardDescription>{t("add.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <AddProductsForm />
          </CardContent>
        </Card>
      )}
      <ProductList initial={list} initialQuery={listParamsToQuery(params)} emptyText={t("table.empty")} canEdit={canEdit.includes(ctx.role)} />
    </div>
  );
}
