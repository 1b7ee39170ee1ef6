// The one error type of the application. Codes are translated to HTTP statuses and to
// user-facing messages in one place (lib/errors/to-action-error.ts, lib/errors/http.ts).
export const errorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION",
  "CONFLICT",
  "LIMIT_REACHED",
  "RATE_LIMITED",
  "UPSTREAM",
  "DATABASE_LOCKED",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Field name → message key under `errors.fields` (or a translated string). */
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message?: string, options?: { fields?: Record<string, string>; cause?: unknown }) {
    super(message ?? code, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
