import { apiJson, apiRoute } from "@/lib/api/api-route";
import { anomalyListQuerySchema, listApiAnomalies } from "@/lib/api/anomalies";

export const dynamic = "force-dynamic";

// GET /api/v1/anomalies?limit=&cursor=&kind=&severity=&since=
export const GET = apiRoute({ scope: "read", query: anomalyListQuerySchema }, async (_request, { db, workspaceId, query }) =>
  apiJson(await listApiAnomalies({ db, workspaceId, query })),
);
