"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Dispatch, ReactNode, SetStateAction } from "react";
import type { ProductRow } from "@/lib/products/list-products";
import { defaultDirection, type ListParams, type SortColumn } from "@/lib/products/list-params";
import { cn } from "@/lib/ui/cn";
import { ProductListRow } from "@/components/products/product-list-row";

type Props = {
  items: ProductRow[];
  now: string;
  params: ListParams;
  setParams: (patch: Partial<ListParams>) => void;
  selected: Set<string>;
  setSelected: Dispatch<SetStateAction<Set<string>>>;
};

export function ProductListTable({ items, now, params, setParams, selected, setSelected }: Props) {
  const t = useTranslations("products.table");
  const tList = useTranslations("dashboard.list");
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.id));
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    // Phone width: the table scrolls sideways inside its frame; the page itself never does. A
    // scrollable region must be reachable by keyboard (WCAG 2.1.1), hence the tab stop.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll the table.
    // biome-ignore lint/a11y/useSemanticElements: a <section> here would add a landmark per list.
    <div className="overflow-x-auto rounded-lg border" tabIndex={0} role="region" aria-label={tList("label")}>
      <table className="w-full min-w-[72rem] text-sm">
        <thead className="whitespace-nowrap bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            <th className="w-8 p-2">
              <input
                type="checkbox"
                aria-label={t("selectAll")}
                checked={allSelected}
                onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((i) => i.id)))}
              />
            </th>
            <th className="w-12 p-2">
              <span className="sr-only">{tList("image")}</span>
            </th>
            <SortHeader params={params} setParams={setParams} column="title">{t("product")}</SortHeader>
            <SortHeader params={params} setParams={setParams} column="asin">{tList("asin")}</SortHeader>
            <SortHeader params={params} setParams={setParams} column="marketplace">{t("marketplace")}</SortHeader>
            <SortHeader params={params} setParams={setParams} column="kind">{tList("type")}</SortHeader>
            <SortHeader params={params} setParams={setParams} column="price" align="right">{t("price")}</SortHeader>
            <SortHeader params={params} setParams={setParams} column="buyBox" align="right">{t("buyBox")}</SortHeader>
            <th className="p-2 font-medium">{tList("trend", { metric: t("price") })}</th>
            <SortHeader params={params} setParams={setParams} column="bsr" align="right">{t("bsr")}</SortHeader>
            <th className="p-2 font-medium">{tList("trend", { metric: t("bsr") })}</th>
            <SortHeader params={params} setParams={setParams} column="rating" align="right">{t("rating")}</SortHeader>
            <SortHeader params={params} setParams={setParams} column="reviews" align="right">{t("reviews")}</SortHeader>
            <SortHeader params={params} setParams={setParams} column="stock">{t("stock")}</SortHeader>
            <SortHeader params={params} setParams={setParams} column="freshness">{t("freshness")}</SortHeader>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <ProductListRow key={p.id} product={p} now={now} selected={selected.has(p.id)} onToggle={() => toggle(p.id)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortHeader({ column, children, align, params, setParams }: { column: SortColumn; children: ReactNode; align?: "right"; params: ListParams; setParams: (patch: Partial<ListParams>) => void }) {
  const dir = params.dir ?? defaultDirection(params.sort);
  const active = params.sort === column;
  const Icon = !active ? ArrowUpDown : dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <th className={cn("p-2 font-medium", align === "right" && "text-right")} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <button
        type="button"
        className={cn("inline-flex items-center gap-1 rounded hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring", active && "text-foreground")}
        onClick={() => setParams({ sort: column, dir: active ? (dir === "asc" ? "desc" : "asc") : defaultDirection(column) })}
      >
        {children}
        <Icon className={cn("h-3 w-3", !active && "opacity-40")} aria-hidden />
      </button>
    </th>
  );
}
