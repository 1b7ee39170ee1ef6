import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, type ErrorCode } from "@/lib/errors/app-error";

export type ActionError = { code: ErrorCode; message: string; fields?: Record<string, string> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** A translator over the `errors` messages namespace (next-intl's `t`). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  LIMIT_REACHED: 422,
  RATE_LIMITED: 429,
  UPSTREAM: 502,
  DATABASE_LOCKED: 503,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

// The one place where any thrown thing becomes something a user may read. Unknown errors
// are logged and replaced by a generic message: raw exception text never reaches the page.
export function toActionError(err: unknown, t: Translate): ActionError {
  if (err instanceof z.ZodError) {
    return { code: "VALIDATION", message: t("codes.VALIDATION"), fields: zodFieldMessages(err, t) };
  }
  if (err instanceof AppError) {
    const fields = err.fields
      ? Object.fromEntries(Object.entries(err.fields).map(([f, key]) => [f, t(`fields.${key}`, err.values)]))
      : undefined;
    return { code: err.code, message: t(err.messageKey ?? `codes.${err.code}`, err.values), ...(fields && { fields }) };
  }
  if (isDatabaseUnreachable(err)) {
    console.error("[action] database unreachable", err);
    return { code: "UNAVAILABLE", message: t("codes.UNAVAILABLE") };
  }
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    if (err.code === "P2002") return { code: "CONFLICT", message: t("codes.CONFLICT") };
    if (err.code === "P2025") return { code: "NOT_FOUND", message: t("codes.NOT_FOUND") };
  }
  console.error("[action] unexpected error", err);
  return { code: "INTERNAL", message: t("codes.INTERNAL") };
}

// The database server is down or unreachable: the user hears "unavailable", never the host,
// port or driver text (Prisma puts those in its message).
export function isDatabaseUnreachable(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientInitializationError) return true;
  if (!(err instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (["P1001", "P1002", "P1008", "P1017", "P2024"].includes(err.code)) return true;
  const cause = (err.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined)?.cause;
  return cause?.kind === "DatabaseNotReachable" || cause?.kind === "ConnectionClosed";
}

const customFieldMessages = new Set(["controlCharacters", "weakPassword", "clockTime", "timeZoneUnknown", "quietHoursBoth", "quietHoursSame"]);

function zodFieldMessages(err: z.ZodError, t: Translate): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of err.issues) {
    const field = issue.path.join(".") || "_form";
    fields[field] ??= issueMessage(issue, t);
  }
  return fields;
}

function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? t("fields.required") : t("fields.invalid");
    case "invalid_format":
      return issue.format === "email" ? t("fields.email") : t("fields.invalid");
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? t("fields.required") : t("fields.tooShort", { min: Number(issue.minimum) });
      }
      return t("fields.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string"
        ? t("fields.tooLong", { max: Number(issue.maximum) })
        : t("fields.tooBig", { max: Number(issue.maximum) });
    case "invalid_value":
      return t("fields.invalidOption");
    case "custom":
      // A refine's message is a key under errors.fields (plainText, the password rule).
      return customFieldMessages.has(issue.message) ? t(`fields.${issue.message}`) : t("fields.invalid");
    default:
      return t("fields.invalid");
  }
}
