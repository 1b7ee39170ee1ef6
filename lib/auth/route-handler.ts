import { getDb } from "@/lib/db/client";
import { httpStatus, toActionError } from "@/lib/errors/to-action-error";
import { getErrorTranslator } from "@/lib/i18n/error-translator";
import { requireWorkspaceContext, type ActionContext } from "./action";

// Route handlers for the signed-in app (session cookie, not API keys): the same session →
// membership resolution as server actions, and errors as `{ error: { code, message } }`
// with the matching HTTP status. Raw exception text never reaches the response.
export function workspaceRoute(handler: (request: Request, ctx: ActionContext) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      const db = await getDb();
      const ctx = await requireWorkspaceContext(db);
      return await handler(request, { ...ctx, db });
    } catch (err) {
      const error = toActionError(err, await getErrorTranslator());
      return Response.json({ error }, { status: httpStatus[error.code], headers: { "Cache-Control": "no-store" } });
    }
  };
}
