import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { AddProductsForm } from "@/components/products/add-products-form";
import { ProductTable } from "@/components/products/product-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { productListCsvHref } from "@/lib/export/links";
import { listProducts } from "@/lib/products/list-products";
import { getConfiguredSource } from "@/lib/sources/get-source";
import { canEdit } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.products"))("title") };
}

export default async function ProductsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const ctx = await getPageContext();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const [list, t, tPage, tProduct] = await Promise.all([
    listProducts({ db: ctx.db, workspaceId: ctx.workspaceId, page }),
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
      <ProductTable items={list.items} now={new Date()} />
      {list.pages > 1 && (
        <nav className="flex items-center gap-3 text-sm" aria-label={t("table.page", { page: list.page, pages: list.pages })}>
          {list.page > 1 && <Link href={`/products?page=${list.page - 1}`}>{t("table.previous")}</Link>}
          <span>{t("table.page", { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages && <Link href={`/products?page=${list.page + 1}`}>{t("table.next")}</Link>}
        </nav>
      )}
    </div>
  );
}
