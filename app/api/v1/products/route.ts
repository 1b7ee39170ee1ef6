import { getTranslations } from "next-intl/server";
import { apiIssues, apiJson, apiRoute } from "@/lib/api/api-route";
import { createProductBodySchema, getApiProduct, listApiProducts, productListQuerySchema } from "@/lib/api/products";
import { requestCrawls } from "@/lib/jobs/request-crawls";
import { addProducts } from "@/lib/products/add-products";
import { parseProductReference } from "@/lib/products/parse-product-reference";
import { getConfiguredSource } from "@/lib/sources/get-source";

export const dynamic = "force-dynamic";

// GET /api/v1/products?limit=&cursor=&marketplace=&type=&search=
export const GET = apiRoute({ scope: "read", query: productListQuerySchema }, async (_request, { db, workspaceId, query }) =>
  apiJson(await listApiProducts({ db, workspaceId, query })),
);

// POST /api/v1/products { reference, marketplace?, type?, tags? }: one product, through the
// parser and add code of the "Add products" form (the same errors, the same limit, the same
// first crawl). A product already tracked is answered with 200 and that product.
export const POST = apiRoute({ scope: "write", body: createProductBodySchema }, async (_request, { db, workspaceId, body, requestId }) => {
  const parsed = parseProductReference(body.reference, body.marketplace);
  if (!parsed.ok) {
    const t = await getTranslations("products");
    return apiIssues([{ path: "reference", message: t(`lineErrors.${parsed.error}`) }], requestId);
  }
  const item = { line: 1, asin: parsed.asin, marketplace: parsed.marketplace, kind: body.type, tags: body.tags };
  const result = await addProducts({ db, workspaceId, items: [item] });
  const added = result.added[0];
  if (added) {
    await requestCrawls({ db, source: getConfiguredSource(), workspaceId, targets: result.added, trigger: "new_product", requestedAt: new Date() });
    return apiJson(await getApiProduct({ db, workspaceId, id: added.id }), { status: 201 });
  }
  const existing = await db.product.findFirstOrThrow({ where: { workspaceId, asin: parsed.asin, marketplace: parsed.marketplace }, select: { id: true } });
  return apiJson(await getApiProduct({ db, workspaceId, id: existing.id }));
});
