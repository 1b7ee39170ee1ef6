"use client";

import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { pageSizes, type ListParams } from "@/lib/dashboard/list-params";

export function Pagination({ page, pages, size, setParams }: { page: number; pages: number; size: number; setParams: (patch: Partial<ListParams>) => void }) {
  const t = useTranslations("products.table");
  const tList = useTranslations("dashboard.list");
  return (
    <nav className="flex flex-wrap items-center justify-between gap-3 text-sm" aria-label={tList("pagination")}>
      <div className="flex items-center gap-1">
        <Button size="icon" variant="ghost" disabled={page <= 1} onClick={() => setParams({ page: 1 })} aria-label={tList("firstPage")}>
          <ChevronsLeft className="h-4 w-4" aria-hidden />
        </Button>
        <Button size="sm" variant="ghost" disabled={page <= 1} onClick={() => setParams({ page: page - 1 })}>
          <ChevronLeft className="h-4 w-4" aria-hidden />
          {t("previous")}
        </Button>
        <span className="px-2 tabular-nums" data-testid="page-indicator">{t("page", { page, pages })}</span>
        <Button size="sm" variant="ghost" disabled={page >= pages} onClick={() => setParams({ page: page + 1 })}>
          {t("next")}
          <ChevronRight className="h-4 w-4" aria-hidden />
        </Button>
        <Button size="icon" variant="ghost" disabled={page >= pages} onClick={() => setParams({ page: pages })} aria-label={tList("lastPage")}>
          <ChevronsRight className="h-4 w-4" aria-hidden />
        </Button>
      </div>
      <label className="flex items-center gap-2 text-muted-foreground">
        {tList("pageSize")}
        <Select className="h-8 w-20" value={size} onChange={(e) => setParams({ size: Number(e.target.value) })}>
          {pageSizes.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </label>
    </nav>
  );
}
