import { workspaceRoute } from "@/lib/auth/route-handler";
import { csvResponse } from "@/lib/export/csv";
import { exportProductList } from "@/lib/export/export-product-list";

export const GET = workspaceRoute<Record<string, never>>(async (_request, { db, workspaceId }) => {
  const { csv, filename } = await exportProductList({ db, workspaceId });
  return csvResponse(csv, filename);
});
