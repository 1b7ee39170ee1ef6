import { cookies } from "next/headers";
import type { z } from "zod";
import { getDb, type Db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { toActionError, type ActionResult } from "@/lib/errors/to-action-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { getErrorTranslator } from "@/lib/i18n/error-translator";
import { resolveWorkspaceContext, type WorkspaceContext } from "@/lib/workspaces/resolve-workspace-context";
import { getCurrentSession, getSessionUserId } from "@/lib/auth/session";

export const ACTIVE_WORKSPACE_COOKIE = "ar-workspace";

export type ActionContext = WorkspaceContext & { db: DbClient };

/** The verified user's workspace context for this request; throws UNAUTHENTICATED. */
export async function requireWorkspaceContext(db: Db): Promise<WorkspaceContext> {
  const userId = await getSessionUserId();
  if (!userId) throw new AppError("UNAUTHENTICATED");
  const preferred = (await cookies()).get(ACTIVE_WORKSPACE_COOKIE)?.value;
  return resolveWorkspaceContext({ db, userId, preferredWorkspaceId: preferred });
}

// Every server action that touches workspace data is built with this: session → membership
// → role check → zod validation → body, and every failure becomes a translated ActionError.
export function workspaceAction<TSchema extends z.ZodType, TResult>(
  options: { schema: TSchema; roles?: readonly Role[] },
  handler: (input: z.output<TSchema>, ctx: ActionContext) => Promise<TResult>,
): (input: z.input<TSchema>) => Promise<ActionResult<TResult>> {
  return async (raw) =>
    run(async () => {
      const db = await getDb();
      const ctx = await requireWorkspaceContext(db);
      if (options.roles && !options.roles.includes(ctx.role)) throw new AppError("FORBIDDEN");
      const input = options.schema.parse(raw);
      return handler(input, { ...ctx, db });
    });
}

/** For actions on the signed-in user's own account (profile, language), not a workspace. */
export function userAction<TSchema extends z.ZodType, TResult>(
  options: { schema: TSchema },
  handler: (input: z.output<TSchema>, ctx: { userId: string; sessionId: string; db: DbClient }) => Promise<TResult>,
): (input: z.input<TSchema>) => Promise<ActionResult<TResult>> {
  return async (raw) =>
    run(async () => {
      const session = await getCurrentSession();
      if (!session) throw new AppError("UNAUTHENTICATED");
      const input = options.schema.parse(raw);
      return handler(input, { ...session, db: await getDb() });
    });
}

/** For the few actions open to signed-out visitors (sign-up). Still validated. */
export function publicAction<TSchema extends z.ZodType, TResult>(
  options: { schema: TSchema },
  handler: (input: z.output<TSchema>, ctx: { db: DbClient }) => Promise<TResult>,
): (input: z.input<TSchema>) => Promise<ActionResult<TResult>> {
  return async (raw) => run(async () => handler(options.schema.parse(raw), { db: await getDb() }));
}

async function run<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (err) {
    return { ok: false, error: toActionError(err, await getErrorTranslator()) };
  }
}
