"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { listParamsSchema, listParamsToQuery, type ListParams } from "@/lib/products/list-params";

/**
 * The list's state, read from and written to the URL. Writes go through the native History
 * API, which Next.js syncs with useSearchParams: the address is shareable and the back
 * button steps through sorts, filters and pages, without re-rendering the server page
 * (TanStack Query fetches the data).
 */
export function useListParams() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const params = useMemo(() => parseParams(searchParams), [searchParams]);
  const query = listParamsToQuery(params);

  const setParams = useCallback(
    (patch: Partial<ListParams>, options: { replace?: boolean } = {}) => {
      // Build on the address as it is now, not as it was at the last render: two quick
      // changes (clear the filters, then pick a page size) must not undo each other.
      const current = parseParams(new URLSearchParams(window.location.search));
      // Any change other than the page itself starts again at page 1.
      const next = { ...current, ...patch, page: patch.page ?? 1 };
      const qs = listParamsToQuery(next);
      const url = qs ? `${pathname}?${qs}` : pathname;
      if (options.replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    },
    [pathname],
  );

  const filtered = Boolean(params.q || params.marketplace || params.kind || params.tag || params.stock || params.failing);
  return { params, query, setParams, filtered };
}

function parseParams(searchParams: URLSearchParams | ReturnType<typeof useSearchParams>): ListParams {
  const parsed = listParamsSchema.safeParse(Object.fromEntries(searchParams.entries()));
  // A hand-edited, invalid address falls back to the defaults instead of an error page.
  return parsed.success ? parsed.data : listParamsSchema.parse({});
}
