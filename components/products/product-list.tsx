"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ProductListPage } from "@/lib/products/list-products";
import { cn } from "@/lib/ui/cn";
import { BulkToolbar } from "@/components/products/bulk-toolbar";
import { ListFilters } from "@/components/products/list-filters";
import { Pagination } from "@/components/ui/pagination";
import { PageSizeSelect } from "@/components/products/page-size-select";
import { ProductListTable } from "@/components/products/product-list-table";
import { useListParams } from "@/components/products/use-list-params";

async function fetchPage(query: string): Promise<ProductListPage> {
  const res = await fetch(`/api/products${query ? `?${query}` : ""}`, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? res.statusText);
  return body;
}

/**
 * The dashboard's product list (also under the add form on /products). The server page
 * renders the first page into `initial`; after that every sort, filter and page change is
 * fetched from GET /api/products by TanStack Query, keyed by the URL's query string.
 * `canEdit` false (the viewer role): the list without its bulk actions (the actions refuse it too).
 */
export function ProductList({ initial, initialQuery, emptyText, canEdit }: { initial: ProductListPage; initialQuery: string; emptyText: string; canEdit: boolean }) {
  const t = useTranslations("dashboard.list");
  const tProducts = useTranslations("products");
  const queryClient = useQueryClient();
  const { params, query, setParams, filtered } = useListParams();
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const result = useQuery({
    queryKey: ["products", query],
    queryFn: () => fetchPage(query),
    initialData: query === initialQuery ? initial : undefined,
    placeholderData: keepPreviousData,
    // While a crawl of the workspace runs (first readings of new products, "Refresh all"),
    // the rows fill in as its results land.
    refetchInterval: (q) => (q.state.data?.crawling ? 2_000 : false),
  });

  // A server refresh (after adding products, or router.refresh()) brings a new first page:
  // it replaces the cached one, and every other cached page is stale from then on.
  const firstInitial = useRef(initial);
  useEffect(() => {
    if (firstInitial.current === initial) return;
    firstInitial.current = initial;
    queryClient.setQueryData(["products", initialQuery], initial);
    void queryClient.invalidateQueries({ queryKey: ["products"], predicate: (q) => q.queryKey[1] !== initialQuery });
  }, [initial, initialQuery, queryClient]);

  // Bulk actions only ever apply to rows the user can see: a new query clears the selection.
  // biome-ignore lint/correctness/useExhaustiveDependencies: query is the trigger, not a value read here.
  useEffect(() => setSelected(new Set()), [query]);

  const data = result.data;
  const items = data?.items ?? [];
  const refetch = () => queryClient.invalidateQueries({ queryKey: ["products"] });

  if (data && data.total === 0 && !filtered) {
    return <p className="rounded-lg border border-dashed p-8 text-center text-sm text-muted-foreground">{emptyText}</p>;
  }

  return (
    <section className="grid min-w-0 grid-cols-1 gap-3" aria-label={t("label")}>
      {(data?.blocked ?? 0) > 0 && (
        <div role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm" data-testid="blocked-banner">
          <span>{tProducts("blockedBanner", { count: data!.blocked })}</span>
          {!params.failing && (
            <button type="button" className="font-medium text-primary underline-offset-4 hover:underline" onClick={() => setParams({ failing: "1", page: undefined })}>
              {tProducts("blockedBannerLink")}
            </button>
          )}
        </div>
      )}
      <ListFilters params={params} setParams={setParams} facets={data?.facets ?? initial.facets} filtered={filtered} />
      {canEdit && <BulkToolbar ids={[...selected].filter((id) => items.some((i) => i.id === id))} onDone={() => { setSelected(new Set()); void refetch(); }} onChanged={() => void refetch()} />}
      <div className="flex min-h-5 items-center gap-2 text-sm text-muted-foreground" aria-live="polite">
        {result.isFetching ? (
          <span role="status" className="flex items-center gap-2">
            <Loader2 className="h-4 w-4 animate-spin" aria-hidden />
            {t("loading")}
          </span>
        ) : (
          data && <span data-testid="product-total">{t("total", { count: data.total })}</span>
        )}
      </div>
      {result.isError && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          <span>
            {t("error")} {result.error.message}
          </span>
          <Button size="sm" variant="outline" onClick={() => void result.refetch()}>
            {t("retry")}
          </Button>
        </div>
      )}
      {!data && result.isPending && <div className="h-40 animate-pulse rounded-lg border bg-muted/40" aria-hidden />}
      {data && items.length === 0 && (
        <div className="grid justify-items-center gap-3 rounded-lg border border-dashed p-8 text-center text-sm text-muted-foreground" data-testid="no-match">
          <p>{t("noMatch")}</p>
          <Button size="sm" variant="outline" onClick={() => setParams({ q: undefined, marketplace: undefined, kind: undefined, tag: undefined, stock: undefined, failing: undefined })}>
            {t("clearFilters")}
          </Button>
        </div>
      )}
      {data && items.length > 0 && (
        <div className={cn("min-w-0", result.isPlaceholderData && "opacity-60 transition-opacity")}>
          <ProductListTable items={items} now={data.generatedAt} params={params} setParams={setParams} selected={selected} setSelected={setSelected} />
        </div>
      )}
      {data && (
        <Pagination page={data.page} pages={data.pages} onPage={(page) => setParams({ page })}>
          <PageSizeSelect size={data.size} onSize={(size) => setParams({ size })} />
        </Pagination>
      )}
    </section>
  );
}
