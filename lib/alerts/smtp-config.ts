import { z } from "zod";

// Email is optional: without SMTP_HOST every alert stays in the app (see deliver-pending-alerts).
// A half-configured server (a host but no sender, a non-numeric port) is an error, not "off":
// it is reported where email status is shown instead of silently dropping mail.
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);

const smtpEnvSchema = z.object({
  SMTP_HOST: z.preprocess(blankToUndefined, z.string().optional()),
  SMTP_PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(65535).optional()),
  SMTP_SECURE: z.preprocess(blankToUndefined, z.enum(["true", "false"]).optional()),
  SMTP_USER: z.preprocess(blankToUndefined, z.string().optional()),
  SMTP_PASSWORD: z.preprocess(blankToUndefined, z.string().optional()),
  SMTP_FROM: z.preprocess(blankToUndefined, z.string().optional()),
});

export type SmtpConfig = {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  from: string;
};

export type SmtpStatus = { state: "off" } | { state: "on"; config: SmtpConfig } | { state: "invalid"; problems: string[] };

export function readSmtpStatus(env: Record<string, string | undefined> = process.env): SmtpStatus {
  const parsed = smtpEnvSchema.safeParse(env);
  if (!parsed.success) return { state: "invalid", problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  const e = parsed.data;
  if (!e.SMTP_HOST) return { state: "off" };
  if (!e.SMTP_FROM) return { state: "invalid", problems: ["SMTP_FROM: required when SMTP_HOST is set"] };
  const port = e.SMTP_PORT ?? (e.SMTP_SECURE === "true" ? 465 : 587);
  return {
    state: "on",
    config: {
      host: e.SMTP_HOST,
      port,
      secure: e.SMTP_SECURE ? e.SMTP_SECURE === "true" : port === 465,
      auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? "" } : undefined,
      from: e.SMTP_FROM,
    },
  };
}

/** Absolute base for links in emails and webhook payloads, without a trailing slash. */
export function readAppUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.APP_URL?.trim() || env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT?.trim() || "3000"}`;
  return url.replace(/\/+$/, "");
}
