import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DiscoverySearch } from "@/components/discovery/discovery-search";
import { SaveCategoryForm } from "@/components/discovery/save-category-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getPageContext } from "@/lib/auth/page-context";
import { listCategories } from "@/lib/discovery/manage-categories";
import { canEdit } from "@/lib/workspaces/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("discovery"))("title") };
}

export default async function DiscoveryPage() {
  const { db, workspaceId, role } = await getPageContext();
  const [t, tc, format] = await Promise.all([getTranslations("discovery"), getTranslations("discovery.categories"), getFormatter()]);
  // Main-product choices for a new group: the workspace's own products first.
  const [products, categories] = await Promise.all([
    db.product.findMany({
      where: { workspaceId },
      select: { id: true, asin: true, marketplace: true, title: true, kind: true },
      orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
      take: 500,
    }),
    listCategories({ db, workspaceId }),
  ]);
  return (
    <div className="grid gap-6 [&>*]:min-w-0">
      <PageHeader title={t("title")} description={t("description")} />
      <DiscoverySearch products={products} />
      <Card>
        <CardHeader>
          <CardTitle>{tc("title")}</CardTitle>
          <CardDescription>{tc("description")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          {categories.length === 0 ? (
            <p className="text-sm text-muted-foreground">{tc("empty")}</p>
          ) : (
            <ul className="grid gap-2" data-testid="category-list">
              {categories.map((c) => (
                <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 rounded-md border p-3 text-sm">
                  <Link href={`/discovery/categories/${c.id}`} className="font-medium underline-offset-4 hover:underline">{c.name}</Link>
                  <span className="text-muted-foreground">
                    {c.marketplace} · {c.keywords.join(", ")} · {c.scheduled ? tc("daily") : tc("manual")} ·{" "}
                    {c.lastSearchedAt ? format.dateTime(c.lastSearchedAt, { dateStyle: "medium" }) : tc("neverSearched")}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {canEdit.includes(role) && (
            <div className="grid gap-3">
              <h3 className="text-sm font-semibold">{tc("saveTitle")}</h3>
              <SaveCategoryForm />
            </div>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
