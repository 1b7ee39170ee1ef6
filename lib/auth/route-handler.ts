import { getDb } from "@/lib/db/client";
import { httpStatus, toActionError } from "@/lib/errors/to-action-error";
import { getErrorTranslator } from "@/lib/i18n/error-translator";
import { requireWorkspaceContext, type ActionContext } from "@/lib/auth/action";

type RouteContext<P> = { params: Promise<P> };

// Route handlers that the app's own pages call (chart data, CSV downloads): the same session
// → membership check as server actions, and errors as `{ error: { code, message } }` with the
// matching status. Another workspace's resource is a 404 because every query is scoped.
export function workspaceRoute<P>(handler: (request: Request, ctx: ActionContext, params: P) => Promise<Response>) {
  // Next.js always passes the context; routes without dynamic segments have no params.
  return async (request: Request, context?: RouteContext<P>): Promise<Response> => {
    try {
      const db = await getDb();
      const ctx = await requireWorkspaceContext(db);
      return await handler(request, { ...ctx, db }, (await context?.params) as P);
    } catch (err) {
      const error = toActionError(err, await getErrorTranslator());
      // Field messages come along for validation errors; raw exception text never does.
      return Response.json({ error }, { status: httpStatus[error.code], headers: { "Cache-Control": "no-store" } });
    }
  };
}
