import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DiscoverySearch } from "@/components/discovery/discovery-search";
import { PageHeader } from "@/components/shell/page-header";
import { getPageContext } from "@/lib/auth/page-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("discovery"))("title") };
}

export default async function DiscoveryPage() {
  const { db, workspaceId } = await getPageContext();
  const t = await getTranslations("discovery");
  // Main-product choices for a new group: the workspace's own products first.
  const products = await db.product.findMany({
    where: { workspaceId },
    select: { id: true, asin: true, marketplace: true, title: true, kind: true },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
    take: 500,
  });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <DiscoverySearch products={products} />
    </>
  );
}
