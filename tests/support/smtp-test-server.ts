import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { createMailTransport } from "@/lib/alerts/mail-transport";

export type SmtpTestServer = {
  port: number;
  received: ParsedMail[];
  /** Per received message: whether its connection was encrypted (STARTTLS). */
  secure: boolean[];
  transport: ReturnType<typeof createMailTransport>;
  /** Stops accepting connections (the port stays reserved for start()). */
  stop: () => Promise<void>;
  start: () => Promise<void>;
};

// A real SMTP server on a free local port; every message is parsed with mailparser so tests
// read recipients, subject, text and HTML as a mail client would. With `starttls` the server
// offers STARTTLS with smtp-server's built-in self-signed certificate, as a local relay might.
export async function startSmtpTestServer({ starttls = false }: { starttls?: boolean } = {}): Promise<SmtpTestServer> {
  const received: ParsedMail[] = [];
  const secure: boolean[] = [];
  let server: SMTPServer;
  let port = 0;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: starttls ? [] : ["STARTTLS"],
        logger: false,
        onData(stream, session, callback) {
          simpleParser(stream)
            .then((mail) => {
              received.push(mail);
              secure.push(session.secure);
              callback();
            })
            .catch(callback);
        },
      });
      server.on("error", () => undefined);
      const srv = server.server;
      srv.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        port = (srv.address() as AddressInfo).port;
        resolve();
      });
    });
  await start();
  const transport = createMailTransport({ host: "127.0.0.1", port, tls: "opportunistic", rejectUnauthorized: true, from: "ASIN Radar <alerts@radar.test>" });
  return {
    get port() {
      return port;
    },
    received,
    secure,
    transport,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    start,
  };
}
