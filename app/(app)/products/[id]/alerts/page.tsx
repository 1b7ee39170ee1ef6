import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ThresholdsForm } from "@/components/alert-settings/thresholds-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { getProductAlertThresholds, getWorkspaceAlertSettings } from "@/lib/anomalies/update-thresholds";
import { isAppError } from "@/lib/errors/app-error";
import { notFoundUnlessInOtherWorkspace } from "@/lib/links/find-record-workspace";
import { canEdit } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("thresholdSettings"))("title") };
}

export default async function ProductAlertThresholdsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getPageContext();
  const product = await getProductAlertThresholds({ db: ctx.db, workspaceId: ctx.workspaceId, productId: id }).catch((err) => {
    if (isAppError(err) && err.code === "NOT_FOUND") return notFoundUnlessInOtherWorkspace({ ctx, kind: "product", id, path: `/products/${encodeURIComponent(id)}/alerts` });
    throw err;
  });
  const [defaults, t] = await Promise.all([getWorkspaceAlertSettings({ db: ctx.db, workspaceId: ctx.workspaceId }), getTranslations("thresholdSettings")]);
  return (
    <>
      <PageHeader title={t("product.title", { asin: product.asin, marketplace: product.marketplace })} description={product.title ?? undefined} />
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("product.description")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <ThresholdsForm mode="product" productId={product.id} values={product.overrides} defaults={defaults} canEdit={canEdit.includes(ctx.role)} />
          <Link href={`/alerts?product=${product.id}&status=all`} className="text-sm underline-offset-4 hover:underline">
            {t("product.back")}
          </Link>
        </CardContent>
      </Card>
    </>
  );
}
