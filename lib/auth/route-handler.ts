import { getDb } from "@/lib/db/client";
import { httpStatus, toActionError } from "@/lib/errors/to-action-error";
import { getErrorTranslator } from "@/lib/i18n/error-translator";
import { requireWorkspaceContext, type ActionContext } from "./action";

type RouteContext<P> = { params: Promise<P> };

// Route handlers that the app's own pages call (chart data, CSV downloads): the same session
// → membership check as server actions, and errors as `{ error: { code, message } }` with the
// matching status. Another workspace's resource is a 404 because every query is scoped.
export function workspaceRoute<P>(handler: (request: Request, ctx: ActionContext, params: P) => Promise<Response>) {
  return async (request: Request, { params }: RouteContext<P>): Promise<Response> => {
    try {
      const db = await getDb();
      const ctx = await requireWorkspaceContext(db);
      return await handler(request, { ...ctx, db }, await params);
    } catch (err) {
      const error = toActionError(err, await getErrorTranslator());
      return Response.json({ error: { code: error.code, message: error.message } }, { status: httpStatus[error.code] });
    }
  };
}
