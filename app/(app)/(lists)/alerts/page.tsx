import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MarkAllReadButton } from "@/components/alert-centre/alert-actions";
import { AlertFilters } from "@/components/alert-centre/alert-filters";
import { AlertList } from "@/components/alert-centre/alert-list";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader } from "@/components/shell/page-header";
import { getPageContext } from "@/lib/auth/page-context";
import { anomalyFiltersSchema, countUnread, listAnomalies, productsWithAnomalies } from "@/lib/anomalies/list-anomalies";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alerts"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AlertsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await getPageContext();
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const filters = anomalyFiltersSchema.parse({
    kind: first(raw.kind),
    severity: first(raw.severity),
    product: first(raw.product),
    status: first(raw.status),
    page: first(raw.page),
  });
  const [t, list, products, unread] = await Promise.all([
    getTranslations("alerts"),
    listAnomalies({ db: ctx.db, workspaceId: ctx.workspaceId, userId: ctx.userId, filters }),
    productsWithAnomalies({ db: ctx.db, workspaceId: ctx.workspaceId }),
    countUnread({ db: ctx.db, workspaceId: ctx.workspaceId, userId: ctx.userId }),
  ]);
  const filtered = Boolean(filters.kind || filters.severity || filters.product || filters.status !== "open");

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<MarkAllReadButton disabled={unread === 0} />} />
      <AlertFilters filters={filters} products={products} />
      <p className="mb-3 text-sm text-muted-foreground" data-testid="alert-count">{t("list.count", { total: list.total })}</p>
      {list.items.length === 0 ? (
        <p className="rounded-lg border border-dashed p-8 text-center text-sm text-muted-foreground">
          {filtered ? t("list.emptyFiltered") : t("list.empty")}
        </p>
      ) : (
        <AlertList items={list.items} now={new Date()} />
      )}
      {list.pageCount > 1 && (
        <div className="mt-4">
          <Pagination
            page={list.page}
            pages={list.pageCount}
            href={{ pathname: "/alerts", query: { kind: filters.kind, severity: filters.severity, product: filters.product, status: filters.status } }}
          />
        </div>
      )}
    </>
  );
}
