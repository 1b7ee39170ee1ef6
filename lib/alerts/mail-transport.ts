import nodemailer from "nodemailer";
import { readEnv, type SmtpConfig } from "@/lib/config/env";

export type MailAttachment = { filename: string; content: Buffer; cid: string; contentType: string };

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /** Inline images, referenced from the HTML as `cid:<cid>`. */
  attachments?: MailAttachment[];
};

/** What delivery needs from email: a sender address and a way to send one message. */
export type MailTransport = { from: string; send: (email: OutgoingEmail) => Promise<void> };

// nodemailer's three switches for the four modes: `secure` is TLS from the first byte;
// otherwise it upgrades with STARTTLS whenever offered, unless `ignoreTLS` (never) or
// `requireTLS` (fail without it).
const tlsOptions = { implicit: { secure: true }, starttls: { requireTLS: true }, opportunistic: {}, off: { ignoreTLS: true } } as const;

export function createMailTransport(config: SmtpConfig): MailTransport {
  // Short timeouts: a dead SMTP server fails the attempt quickly, and the row is retried later.
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: false,
    ...tlsOptions[config.tls],
    tls: { rejectUnauthorized: config.rejectUnauthorized },
    auth: config.auth,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    from: config.from,
    send: async ({ attachments, ...email }) => {
      await transporter.sendMail({
        from: config.from,
        ...(config.replyTo && { replyTo: config.replyTo }),
        ...email,
        attachments: attachments?.map((a) => ({ ...a, contentDisposition: "inline" as const })),
      });
    },
  };
}

const cache = globalThis as unknown as { __asinRadarMail?: MailTransport | null };

/**
 * The transport from SMTP_* settings; null when email is off. A broken configuration gives a
 * transport that fails every attempt with the reason, so the problem shows in the delivery log.
 */
export function getConfiguredMailTransport(): MailTransport | null {
  if (cache.__asinRadarMail !== undefined) return cache.__asinRadarMail;
  const status = readEnv().smtp;
  cache.__asinRadarMail =
    status.state === "off"
      ? null
      : status.state === "on"
        ? createMailTransport(status.config)
        : {
            from: "",
            send: async () => {
              throw new Error(`SMTP configuration is invalid: ${status.problems.join("; ")}`);
            },
          };
  return cache.__asinRadarMail;
}
