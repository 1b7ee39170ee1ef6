import crypto from "node:crypto";
import { z } from "zod";
import { authenticateApiKey, type ApiKeyPrincipal } from "@/lib/api-keys/api-keys";
import type { ApiKeyScope } from "@/lib/api-keys/schemas";
import { getDb, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { httpStatus, toActionError } from "@/lib/errors/to-action-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { getErrorTranslator } from "@/lib/i18n/error-translator";
import { canEdit } from "@/lib/workspaces/roles";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export type ApiContext<P, Q, B> = ApiKeyPrincipal & { db: DbClient; params: P; query: Q; body: B; requestId: string };

type ApiRouteOptions<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  scope: ApiKeyScope;
  /** Who may call it; by default everyone for reads, owner/admin/member for writes. */
  roles?: readonly Role[];
  params?: P;
  query?: Q;
  body?: B;
};

const noStore = { "Cache-Control": "no-store" };

// Every /api/v1 route goes through this: Bearer key → workspace and the creator's current
// role → scope and role check → validation of path, query and body → handler, and every
// failure in one format: { error: { code, message, request_id, issues? } }.
export function apiRoute<P extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown, B extends z.ZodType = z.ZodUnknown>(
  options: ApiRouteOptions<P, Q, B>,
  handler: (request: Request, ctx: ApiContext<z.output<P>, z.output<Q>, z.output<B>>) => Promise<Response>,
) {
  const roles = options.roles ?? (options.scope === "read" ? undefined : canEdit);
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    const requestId = crypto.randomUUID();
    try {
      const db = await getDb();
      const principal = await authenticateApiKey({ db, header: request.headers.get("authorization") });
      // A key acts with the smaller of its scopes and its creator's role; "write" includes "read".
      const scoped = principal.scopes.includes(options.scope) || (options.scope === "read" && principal.scopes.includes("write"));
      if (!scoped) throw new AppError("FORBIDDEN", `this key lacks the ${options.scope} scope`, { messageKey: "apiKeyScope" });
      if (roles && !roles.includes(principal.role)) throw new AppError("FORBIDDEN", "the key's creator's role does not allow this");
      const input = await parseInput(request, context, options);
      // parseInput checked each part against its schema, so the casts only restate that.
      const ctx = { ...principal, ...input, db, requestId } as ApiContext<z.output<P>, z.output<Q>, z.output<B>>;
      const response = await handler(request, ctx);
      response.headers.set("X-Request-Id", requestId);
      return response;
    } catch (err) {
      return apiError(err, requestId);
    }
  };
}

async function parseInput(request: Request, context: RouteContext | undefined, options: ApiRouteOptions<z.ZodType, z.ZodType, z.ZodType>) {
  const rawParams = (await context?.params) ?? {};
  const rawQuery = Object.fromEntries(new URL(request.url).searchParams);
  let rawBody: unknown;
  if (options.body) {
    try {
      rawBody = await request.json();
    } catch {
      throw new AppError("VALIDATION", "body is not JSON", { fields: { body: "invalidJson" } });
    }
  }
  // Each part is checked, and all their problems reported together.
  const results = [
    options.params?.safeParse(rawParams),
    options.query?.safeParse(rawQuery),
    options.body?.safeParse(rawBody),
  ];
  const issues = results.flatMap((r) => (r && !r.success ? r.error.issues : []));
  if (issues.length > 0) throw new z.ZodError(issues);
  const [params, query, body] = results.map((r) => (r?.success ? r.data : undefined));
  return { params, query, body };
}

/** The API's one error response, built from the app's one error translation. */
async function apiError(err: unknown, requestId: string): Promise<Response> {
  const error = toActionError(err, await getErrorTranslator());
  // A plan limit is "not allowed" to an API client (the pages show it as a form error).
  const status = error.code === "LIMIT_REACHED" ? 403 : httpStatus[error.code];
  const issues = error.fields ? Object.entries(error.fields).map(([path, message]) => ({ path, message })) : undefined;
  const headers: Record<string, string> = { ...noStore, "X-Request-Id": requestId };
  if (status === 401) headers["WWW-Authenticate"] = 'Bearer realm="api"';
  return Response.json({ error: { code: error.code, message: error.message, request_id: requestId, ...(issues && { issues }) } }, { status, headers });
}

/** A 422 whose issues are already in the reader's language (the product parser's line errors). */
export async function apiIssues(issues: Array<{ path: string; message: string }>, requestId: string): Promise<Response> {
  const t = await getErrorTranslator();
  return Response.json(
    { error: { code: "VALIDATION", message: t("codes.VALIDATION"), request_id: requestId, issues } },
    { status: 422, headers: { ...noStore, "X-Request-Id": requestId } },
  );
}

export function apiJson(data: unknown, init?: { status?: number }) {
  return Response.json(data, { status: init?.status ?? 200, headers: noStore });
}
