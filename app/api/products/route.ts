import { workspaceRoute } from "@/lib/auth/route-handler";
import { listParamsSchema } from "@/lib/products/list-params";
import { loadProductList } from "@/lib/products/list-products";

export const dynamic = "force-dynamic";

// GET /api/products?sort=&dir=&q=&marketplace=&kind=&tag=&stock=&failing=&page=&size=
// One page of the active workspace's product list (the dashboard table fetches this).
export const GET = workspaceRoute(async (request, { db, workspaceId }) => {
  const params = listParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await loadProductList({ db, workspaceId, params });
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});
