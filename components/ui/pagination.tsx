"use client";

import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

type Target =
  /** Client-side state (the product list): the page changes without a server render. */
  | { onPage: (page: number) => void; href?: never }
  /** Links (server-rendered lists): the page is a query parameter of this address. */
  | { href: { pathname: string; query: Record<string, string | undefined> }; onPage?: never };

/** First / previous / "Page n of m" / next / last, as buttons or as links. */
export function Pagination({ page, pages, children, ...target }: { page: number; pages: number; children?: ReactNode } & Target) {
  const t = useTranslations("common.pagination");
  const to = (p: number, label: ReactNode, disabled: boolean, props: { size: "icon" | "sm"; ariaLabel?: string }) => {
    if ("onPage" in target && target.onPage) {
      return (
        <Button size={props.size} variant="ghost" disabled={disabled} onClick={() => target.onPage!(p)} aria-label={props.ariaLabel}>
          {label}
        </Button>
      );
    }
    if (disabled) {
      return (
        <Button size={props.size} variant="ghost" disabled aria-label={props.ariaLabel}>
          {label}
        </Button>
      );
    }
    const { pathname, query } = target.href!;
    const q = new URLSearchParams(Object.entries({ ...query, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return (
      <Button asChild size={props.size} variant="ghost">
        <Link href={`${pathname}?${q}`} aria-label={props.ariaLabel}>
          {label}
        </Link>
      </Button>
    );
  };
  return (
    <nav className="flex flex-wrap items-center justify-between gap-3 text-sm" aria-label={t("label")}>
      <div className="flex items-center gap-1">
        {to(1, <ChevronsLeft className="h-4 w-4" aria-hidden />, page <= 1, { size: "icon", ariaLabel: t("first") })}
        {to(
          page - 1,
          <>
            <ChevronLeft className="h-4 w-4" aria-hidden />
            {t("previous")}
          </>,
          page <= 1,
          { size: "sm" },
        )}
        <span className="px-2 tabular-nums" data-testid="page-indicator">
          {t("page", { page, pages })}
        </span>
        {to(
          page + 1,
          <>
            {t("next")}
            <ChevronRight className="h-4 w-4" aria-hidden />
          </>,
          page >= pages,
          { size: "sm" },
        )}
        {to(pages, <ChevronsRight className="h-4 w-4" aria-hidden />, page >= pages, { size: "icon", ariaLabel: t("last") })}
      </div>
      {children}
    </nav>
  );
}
