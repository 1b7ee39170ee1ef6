import { getLocale } from "next-intl/server";
import { workspaceRoute } from "@/lib/auth/route-handler";
import { readEnv } from "@/lib/config/env";
import { AppError } from "@/lib/errors/app-error";
import { isLocale } from "@/lib/i18n/locales";
import { getConfiguredModel } from "@/lib/llm/llm-config";
import { loadGroupComparison } from "@/lib/comparison/load-group-comparison";
import { createReportStreamResponse } from "@/lib/reports/report-stream-response";
import { canEdit } from "@/lib/workspaces/roles";

export const dynamic = "force-dynamic";

// Errors (another workspace's group, a report already being generated, the daily token budget
// spent) answer `{ error: { code, message } }` with their status, in the user's language.
export const POST = workspaceRoute<{ id: string }>(async (_req, { db, workspaceId, role }, { id }) => {
  if (!canEdit.includes(role)) throw new AppError("FORBIDDEN");
  const locale = await getLocale();
  return createReportStreamResponse({
    db,
    workspaceId,
    groupId: id,
    locale: isLocale(locale) ? locale : "en",
    llm: getConfiguredModel(),
    loadComparison: loadGroupComparison,
    dailyTokenBudget: readEnv().reportDailyTokenBudget,
  });
});
