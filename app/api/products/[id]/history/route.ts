import { workspaceRoute } from "@/lib/auth/route-handler";
import { getProductHistory } from "@/lib/history/get-product-history";
import { defaultHistoryRange, historyRangeSchema } from "@/lib/history/ranges";

// Chart data for the product page's range switch (TanStack Query).
export const GET = workspaceRoute<{ id: string }>(async (request, { db, workspaceId }, { id }) => {
  const range = historyRangeSchema.parse(new URL(request.url).searchParams.get("range") ?? defaultHistoryRange);
  const history = await getProductHistory({ db, workspaceId, productId: id, range });
  return Response.json(history, { headers: { "Cache-Control": "private, no-store" } });
});
