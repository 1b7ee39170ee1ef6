import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

export async function Pagination({ page, pageCount, params }: { page: number; pageCount: number; params: Record<string, string | undefined> }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("alerts.pagination");
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/alerts?${q}`;
  };
  return (
    <nav aria-label={t("label")} className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? <Button asChild size="sm" variant="outline"><Link href={href(page - 1)}>{t("previous")}</Link></Button> : <span />}
      <span className="text-muted-foreground">{t("page", { page, pageCount })}</span>
      {page < pageCount ? <Button asChild size="sm" variant="outline"><Link href={href(page + 1)}>{t("next")}</Link></Button> : <span />}
    </nav>
  );
}
