import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CategoryControls } from "@/components/discovery/category-controls";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { getPageContext } from "@/lib/auth/page-context";
import { loadCategory } from "@/lib/discovery/manage-categories";
import { AppError } from "@/lib/errors/app-error";
import { notFoundUnlessInOtherWorkspace } from "@/lib/links/find-record-workspace";
import { canEdit } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("discovery.categories"))("pageTitle") };
}

export default async function CategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getPageContext();
  const categoryId = (await params).id;
  const loaded = await loadCategory({ db: ctx.db, workspaceId: ctx.workspaceId, categoryId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFoundUnlessInOtherWorkspace({ ctx, kind: "category", id: categoryId, path: `/discovery/categories/${encodeURIComponent(categoryId)}` });
    throw error;
  });
  const { category, candidates } = loaded;
  const [t, format] = await Promise.all([getTranslations("discovery.categories"), getFormatter()]);
  const newCount = candidates.filter((c) => c.isNew).length;
  const money = (c: (typeof candidates)[number]) => (c.price === null ? "—" : format.number(c.price, { style: "currency", currency: c.currency ?? "USD" }));

  return (
    <div className="grid gap-6 [&>*]:min-w-0">
      <PageHeader
        title={category.name}
        description={t("summary", { marketplace: category.marketplace, keywords: category.keywords.join(", ") })}
        actions={<Button asChild variant="outline" size="sm"><Link href="/discovery">{t("back")}</Link></Button>}
      />
      <div className="grid gap-1 text-sm text-muted-foreground">
        <p>{category.scheduled ? t("scheduledOn") : t("scheduledOff")}</p>
        <p data-testid="last-searched">
          {category.lastSearchedAt ? t("lastSearched", { at: format.dateTime(category.lastSearchedAt, { dateStyle: "medium", timeStyle: "short" }), count: newCount }) : t("neverSearched")}
        </p>
      </div>
      {canEdit.includes(ctx.role) && <CategoryControls categoryId={category.id} scheduled={category.scheduled} />}
      {category.lastSearchedAt && candidates.length === 0 && <p className="text-sm text-muted-foreground">{t("noResults")}</p>}
      {candidates.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="category-candidates">
            <thead className="text-left text-muted-foreground">
              <tr>
                <th className="p-2">{t("keyword")}</th><th className="p-2">#</th><th className="p-2">{t("product")}</th>
                <th className="p-2 text-right">{t("price")}</th><th className="p-2 text-right">BSR</th>
                <th className="p-2 text-right">{t("rating")}</th><th className="p-2 text-right">{t("reviews")}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => (
                <tr key={`${c.keyword}:${c.asin}`} className="border-t" data-new={c.isNew ? "true" : undefined}>
                  <td className="p-2">{c.keyword}</td>
                  <td className="p-2 tabular-nums">{c.position}</td>
                  <td className="p-2">
                    <div className="font-medium">
                      {c.isNew && <span className="mr-2 rounded bg-primary px-1.5 py-0.5 text-xs font-semibold text-primary-foreground">{t("newEntrant")}</span>}
                      {c.title ?? c.asin}
                    </div>
                    <div className="text-xs text-muted-foreground">{c.asin}{c.brand ? ` · ${c.brand}` : ""} · {t("firstSeen", { at: format.dateTime(c.firstSeenAt, { dateStyle: "medium" }) })}</div>
                  </td>
                  <td className="p-2 text-right tabular-nums">{money(c)}</td>
                  <td className="p-2 text-right tabular-nums">{c.bsr === null ? "—" : format.number(c.bsr)}</td>
                  <td className="p-2 text-right tabular-nums">{c.rating ?? "—"}</td>
                  <td className="p-2 text-right tabular-nums">{c.reviewCount === null ? "—" : format.number(c.reviewCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
