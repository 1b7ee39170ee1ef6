"use client";

import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ListParams } from "@/lib/products/list-params";

type Props = {
  params: ListParams;
  setParams: (patch: Partial<ListParams>, options?: { replace?: boolean }) => void;
  facets: { tags: string[]; marketplaces: string[] };
  filtered: boolean;
};

export function ListFilters({ params, setParams, facets, filtered }: Props) {
  const t = useTranslations("dashboard.list");
  const tProducts = useTranslations("products");
  const [q, setQ] = useState(params.q ?? "");

  // Back/forward (or "clear filters") changes the URL: the box follows it.
  useEffect(() => setQ((prev) => (prev.trim() === (params.q ?? "") ? prev : (params.q ?? ""))), [params.q]);

  // Typing is debounced and replaces the history entry: one entry per search, not per key.
  useEffect(() => {
    if (q.trim() === (params.q ?? "")) return;
    const timer = setTimeout(() => setParams({ q: q.trim() || undefined }, { replace: true }), 300);
    return () => clearTimeout(timer);
  }, [q, params.q, setParams]);

  const selectClass = "h-9 w-auto min-w-0 max-w-full";
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is not in React's typings yet; the role says the same.
    <div className="flex flex-wrap items-end gap-2" role="search" aria-label={t("filters")}>
      <label className="relative min-w-48 flex-1 basis-56">
        <span className="sr-only">{t("search")}</span>
        <Search className="pointer-events-none absolute left-2.5 top-2.5 h-4 w-4 text-muted-foreground" aria-hidden />
        <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("searchPlaceholder")} className="pl-8" />
      </label>
      <Select aria-label={t("marketplace")} className={selectClass} value={params.marketplace ?? ""} onChange={(e) => setParams({ marketplace: (e.target.value || undefined) as ListParams["marketplace"] })}>
        <option value="">{t("allMarketplaces")}</option>
        {facets.marketplaces.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </Select>
      <Select aria-label={t("kind")} className={selectClass} value={params.kind ?? ""} onChange={(e) => setParams({ kind: (e.target.value || undefined) as ListParams["kind"] })}>
        <option value="">{t("allKinds")}</option>
        <option value="own">{tProducts("kinds.own")}</option>
        <option value="competitor">{tProducts("kinds.competitor")}</option>
      </Select>
      <Select aria-label={t("tag")} className={selectClass} value={params.tag ?? ""} onChange={(e) => setParams({ tag: e.target.value || undefined })}>
        <option value="">{t("allTags")}</option>
        {facets.tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </Select>
      <Select aria-label={t("stock")} className={selectClass} value={params.stock ?? ""} onChange={(e) => setParams({ stock: (e.target.value || undefined) as ListParams["stock"] })}>
        <option value="">{t("anyStock")}</option>
        {(["in", "out", "unknown"] as const).map((s) => (
          <option key={s} value={s}>
            {t(`stockStates.${s}`)}
          </option>
        ))}
      </Select>
      <label className="flex h-9 items-center gap-2 rounded-md border border-input px-3 text-sm">
        <input type="checkbox" checked={Boolean(params.failing)} onChange={(e) => setParams({ failing: e.target.checked ? "1" : undefined })} />
        {t("failingOnly")}
      </label>
      {filtered && (
        <Button variant="ghost" size="sm" className="h-9" onClick={() => setParams({ q: undefined, marketplace: undefined, kind: undefined, tag: undefined, stock: undefined, failing: undefined })}>
          <X className="h-4 w-4" aria-hidden />
          {t("clearFilters")}
        </Button>
      )}
    </div>
  );
}
