import { getLocale } from "next-intl/server";
import { requireWorkspaceContext } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { isLocale } from "@/lib/i18n/locales";
import { getConfiguredModel } from "@/lib/llm/llm-config";
import { loadGroupComparison } from "@/lib/comparison/load-group-comparison";
import { createReportStreamResponse } from "@/lib/reports/report-stream-response";
import { canEdit } from "@/lib/workspaces/roles";

export const dynamic = "force-dynamic";

const statusOf: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const db = await getDb();
    const ctx = await requireWorkspaceContext(db);
    if (!canEdit.includes(ctx.role)) return Response.json({ error: "FORBIDDEN" }, { status: 403 });
    const locale = await getLocale();
    return await createReportStreamResponse({
      db,
      workspaceId: ctx.workspaceId,
      groupId: (await params).id,
      locale: isLocale(locale) ? locale : "en",
      llm: getConfiguredModel(),
      loadComparison: loadGroupComparison,
    });
  } catch (err) {
    if (isAppError(err)) return Response.json({ error: err.code }, { status: statusOf[err.code] ?? 500 });
    throw err;
  }
}
