import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailTransport } from "@/lib/alerts/mail-transport";
import type { SmtpConfig } from "@/lib/config/env";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";

// A relay that offers STARTTLS with a self-signed certificate, as local relays often do.
describe("SMTP TLS options against a relay with a self-signed certificate", () => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer({ starttls: true });
  });
  afterAll(() => smtp.stop());

  const send = (config: Partial<SmtpConfig>) =>
    createMailTransport({ host: "127.0.0.1", port: smtp.port, tls: "opportunistic", rejectUnauthorized: true, from: "r@radar.test", ...config }).send({
      to: "seller@example.test",
      subject: `tls ${config.tls}`,
      html: "<p>hi</p>",
      text: "hi",
    });

  it("refuses the certificate by default, since STARTTLS is taken whenever offered", async () => {
    await expect(send({})).rejects.toThrow(/self[- ]signed|certificate/i);
    await expect(send({ tls: "starttls" })).rejects.toThrow(/self[- ]signed|certificate/i);
  });

  it("accepts it with SMTP_TLS_REJECT_UNAUTHORIZED=false, over an encrypted connection", async () => {
    const before = smtp.received.length;
    await send({ tls: "starttls", rejectUnauthorized: false });
    expect(smtp.received.length).toBe(before + 1);
    expect(smtp.secure.at(-1)).toBe(true);
  });

  it("sends in the clear with SMTP_TLS=off, even though the relay offers STARTTLS", async () => {
    const before = smtp.received.length;
    await send({ tls: "off" });
    expect(smtp.received.length).toBe(before + 1);
    expect(smtp.secure.at(-1)).toBe(false);
  });

  it("sets Reply-To from SMTP_REPLY_TO and passes the email's own headers through", async () => {
    const before = smtp.received.length;
    await createMailTransport({
      host: "127.0.0.1",
      port: smtp.port,
      tls: "off",
      rejectUnauthorized: true,
      from: "r@radar.test",
      replyTo: "Support <help@radar.test>",
    }).send({
      to: "seller@example.test",
      subject: "headers",
      html: "<p>hi</p>",
      text: "hi",
      headers: { "Auto-Submitted": "auto-generated" },
    });
    const mail = smtp.received[before]!;
    expect(mail.replyTo?.value[0]).toMatchObject({ name: "Support", address: "help@radar.test" });
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
  });
});
