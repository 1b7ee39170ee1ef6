import { cron } from "inngest";
import { deliverPendingAlerts, type DeliverySummary } from "@/lib/alerts/deliver-pending-alerts";
import type { MailTransport } from "@/lib/alerts/mail-transport";
import { sendDigests } from "@/lib/alerts/send-digests";
import type { Db } from "@/lib/db/client";
import { inngest } from "../client";
import { alertDeliveriesRequested } from "../events";

export type AlertDeliveryDeps = {
  getDb: () => Promise<Db>;
  getTransport: () => MailTransport | null;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
};

const BATCH = 50;
const MAX_ROUNDS = 20;

// Runs when detection asks (event) and every few minutes as a safety net (cron): that run
// also picks up rows whose backoff has passed and digests whose daily send failed. Failed
// sends are recorded on the rows by the library; a step throws only when the database itself
// fails, and Inngest retries that step.
export function createDeliverAlerts(deps: AlertDeliveryDeps, schedule = process.env.DELIVERY_CRON || "*/5 * * * *") {
  return inngest.createFunction(
    {
      id: "deliver-alerts",
      triggers: [alertDeliveriesRequested, cron(schedule)],
      concurrency: { limit: 2 },
      retries: 4,
    },
    async ({ step }) => {
      const total: DeliverySummary = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const r = await step.run(`deliver-${round}`, async () =>
          deliverPendingAlerts({ db: await deps.getDb(), now: deps.now?.() ?? new Date(), transport: deps.getTransport(), fetch: deps.fetch, limit: BATCH }),
        );
        total.claimed += r.claimed;
        total.sent += r.sent;
        total.retrying += r.retrying;
        total.failed += r.failed;
        if (r.claimed < BATCH) break;
      }
      const digestRetries = await step.run("retry-digests", async () =>
        sendDigests({ db: await deps.getDb(), now: deps.now?.() ?? new Date(), transport: deps.getTransport(), retriesOnly: true }),
      );
      return { ...total, digestRetries };
    },
  );
}
