import { notFound, redirect } from "next/navigation";
import { getPageContext } from "@/lib/auth/page-context";
import { findProductId } from "@/lib/history/get-product-overview";

// /products/asin/UK/B09LVBX5D7 → that product's page in the current workspace, for links
// that know the marketplace and ASIN but not our id. Query parameters (?at=) are kept.
export default async function ProductByAsin({
  params,
  searchParams,
}: {
  params: Promise<{ marketplace: string; asin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ marketplace, asin }, query, ctx] = await Promise.all([params, searchParams, getPageContext()]);
  const id = await findProductId({ db: ctx.db, workspaceId: ctx.workspaceId, marketplace, asin });
  if (!id) notFound();
  const keep = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (typeof value === "string") keep.set(key, value);
  redirect(`/products/${id}${keep.size ? `?${keep}` : ""}`);
}
