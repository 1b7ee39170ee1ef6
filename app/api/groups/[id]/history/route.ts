import { requireWorkspaceContext } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { httpStatus } from "@/lib/errors/to-action-error";
import { groupHistoryRangeSchema } from "@/lib/comparison/group-history-ranges";
import { loadGroupHistory } from "@/lib/comparison/load-group-history";

export const dynamic = "force-dynamic";

// Price and BSR history of a group's members for the overlaid charts. Another workspace's
// group is a 404, like a group that does not exist.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const db = await getDb();
    const { workspaceId } = await requireWorkspaceContext(db);
    const range = groupHistoryRangeSchema.catch("30d").parse(new URL(request.url).searchParams.get("range"));
    const { id } = await params;
    return Response.json(await loadGroupHistory({ db, workspaceId, groupId: id, range }));
  } catch (err) {
    if (isAppError(err)) return Response.json({ error: err.code }, { status: httpStatus[err.code] });
    console.error("[groups/history] failed", err);
    return Response.json({ error: "INTERNAL" }, { status: 500 });
  }
}
