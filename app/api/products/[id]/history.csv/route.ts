import { workspaceRoute } from "@/lib/auth/route-handler";
import { csvResponse } from "@/lib/export/csv";
import { exportProductHistory } from "@/lib/export/export-product-history";
import { historyRangeSchema } from "@/lib/history/ranges";

export const GET = workspaceRoute<{ id: string }>(async (request, { db, workspaceId }, { id }) => {
  const range = historyRangeSchema.parse(new URL(request.url).searchParams.get("range") ?? "all");
  const { csv, filename } = await exportProductHistory({ db, workspaceId, productId: id, range });
  return csvResponse(csv, filename);
});
