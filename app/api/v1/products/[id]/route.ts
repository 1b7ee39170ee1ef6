import { apiJson, apiRoute } from "@/lib/api/api-route";
import { getApiProduct, productIdParamsSchema } from "@/lib/api/products";
import { removeProducts } from "@/lib/products/manage-products";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ scope: "read", params: productIdParamsSchema }, async (_request, { db, workspaceId, params }) =>
  apiJson(await getApiProduct({ db, workspaceId, id: params.id })),
);

// The product, its readings and its alerts go (as "Remove" on the dashboard does).
export const DELETE = apiRoute({ scope: "write", params: productIdParamsSchema }, async (_request, { db, workspaceId, params }) => {
  await removeProducts({ db, workspaceId, ids: [params.id] });
  return new Response(null, { status: 204 });
});
