// The one error type of the application. Codes are translated to HTTP statuses and to
// user-facing messages in one place (lib/errors/to-action-error.ts, lib/errors/http.ts).
const errorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION",
  "CONFLICT",
  "LIMIT_REACHED",
  "RATE_LIMITED",
  "UPSTREAM",
  "DATABASE_LOCKED",
  "UNAVAILABLE",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Field name → message key under `errors.fields` (or a translated string). */
  readonly fields?: Record<string, string>;
  /** A more specific message key under `errors` than the code's own, with its values. */
  readonly messageKey?: string;
  readonly values?: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { fields?: Record<string, string>; messageKey?: string; values?: Record<string, string | number>; cause?: unknown },
  ) {
    super(message ?? code, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
    this.messageKey = options?.messageKey;
    this.values = options?.values;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
