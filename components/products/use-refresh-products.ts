"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { refreshProductsNow } from "@/lib/actions/products";

export type RefreshStatus = { tone: "error" | "success"; lines: string[] } | undefined;

/** "Refresh now" for some products: runs the crawl and says what came back, per product that failed. */
export function useRefreshProducts(onRefreshed: () => void) {
  const t = useTranslations("products.table");
  const [pending, startTransition] = useTransition();
  const [refreshing, setRefreshing] = useState(0);
  const [status, setStatus] = useState<RefreshStatus>();

  function refresh(ids: string[]) {
    setStatus(undefined);
    setRefreshing(ids.length);
    startTransition(async () => {
      const res = await refreshProductsNow({ ids });
      setRefreshing(0);
      if (!res.ok) return setStatus({ tone: "error", lines: [res.error.message] });
      const d = res.data;
      setStatus({
        tone: d.failures.length > 0 ? "error" : "success",
        lines: [t("refreshDone", { products: d.products, stored: d.readingsStored, failed: d.failures.length }), ...d.failures],
      });
      onRefreshed();
    });
  }

  return { refresh, pending, refreshing, status, setStatus };
}
