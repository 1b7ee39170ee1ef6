import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ProductCharts } from "@/components/charts/product-charts";
import { ListingChangeLog } from "@/components/product-page/listing-change-log";
import { ProductHeader } from "@/components/product-page/product-header";
import { ProductSettingsForm } from "@/components/product-page/product-settings-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { getProductHistory } from "@/lib/history/get-product-history";
import { getProductOverview } from "@/lib/history/get-product-overview";
import { listListingChanges } from "@/lib/history/list-listing-changes";
import { defaultHistoryRange, historyRangeSchema, parseAt, rangeContaining } from "@/lib/history/ranges";
import { notFoundUnlessInOtherWorkspace } from "@/lib/links/find-record-workspace";
import { canEdit } from "@/lib/workspaces/roles";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ at?: string; range?: string }> };

// Scoped to the signed-in user's workspace: another workspace's id is simply not found.
const loadProduct = cache(async (id: string) => {
  const ctx = await getPageContext();
  return getProductOverview({ db: ctx.db, workspaceId: ctx.workspaceId, productId: id });
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await loadProduct((await params).id);
  return { title: product ? (product.title ?? product.asin) : undefined };
}

export default async function ProductPage({ params, searchParams }: Props) {
  const [{ id }, query, ctx] = await Promise.all([params, searchParams, getPageContext()]);
  const product = await loadProduct(id);
  if (!product) {
    const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string"));
    return notFoundUnlessInOtherWorkspace({ ctx, kind: "product", id, path: `/products/${encodeURIComponent(id)}${search.size > 0 ? `?${search}` : ""}` });
  }

  // `?at=` comes from alerts: that moment is marked on the charts, in a range that shows it.
  const now = new Date();
  const at = parseAt(query.at);
  const requested = historyRangeSchema.safeParse(query.range);
  const range = rangeContaining(at, now, requested.success ? requested.data : defaultHistoryRange);
  const [history, changes, t] = await Promise.all([
    getProductHistory({ db: ctx.db, workspaceId: ctx.workspaceId, productId: product.id, range, now }),
    listListingChanges({ db: ctx.db, workspaceId: ctx.workspaceId, productId: product.id }),
    getTranslations("product"),
  ]);

  return (
    <div className="grid min-w-0 gap-6">
      <Link href="/products" className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="h-4 w-4" aria-hidden />
        {t("back")}
      </Link>
      <ProductHeader product={product} canRefresh={canEdit.includes(ctx.role)} />
      <ProductCharts productId={product.id} initialRange={range} initial={history} marker={at?.getTime() ?? null} />
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <ListingChangeLog changes={changes} />
        <Card className="h-fit">
          <CardHeader>
            <CardTitle>{t("settings.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ProductSettingsForm
              canEdit={canEdit.includes(ctx.role)}
              product={{ id: product.id, frequency: product.frequency, kind: product.kind, tags: product.tags, paused: product.paused }}
            />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
