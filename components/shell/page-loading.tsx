import { getTranslations } from "next-intl/server";

/**
 * The skeleton shown while a page's data loads. Used as loading.tsx only above pages that
 * cannot be missing (lists, settings): a loading boundary starts the response before the
 * page runs, so a notFound() below it would answer 200 instead of 404. Pages for one id
 * (products/[id], groups/[id], …) sit outside these boundaries for that reason.
 */
export async function PageLoading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="grid gap-4">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-8 w-48 animate-pulse rounded bg-muted" />
      <div className="h-32 animate-pulse rounded-lg bg-muted" />
    </div>
  );
}
