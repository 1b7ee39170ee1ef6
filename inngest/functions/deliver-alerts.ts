import { cron } from "inngest";
import { deliverDueAlerts } from "@/lib/alerts/deliver-due-alerts";
import { deleteExpiredAttempts } from "@/lib/auth/throttle";
import type { MailTransport } from "@/lib/alerts/mail-transport";
import { readEnv } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { alertDeliveriesRequested } from "@/lib/jobs/events";
import { inngest } from "@/lib/jobs/inngest-client";
import { recordedJob } from "@/inngest/functions/recorded-job";

export type AlertDeliveryDeps = {
  getDb: () => Promise<Db>;
  getTransport: () => MailTransport | null;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
};

// Runs when detection asks (event) and every few minutes as a safety net (cron): that run
// also picks up rows whose backoff has passed and digests whose daily send failed. Failed
// sends are recorded on the rows by the library; the step throws only when the database
// itself fails, and Inngest retries it.
export function createDeliverAlerts(deps: AlertDeliveryDeps, schedule = readEnv().schedules.delivery.expression) {
  return inngest.createFunction(
    {
      id: "deliver-alerts",
      triggers: [alertDeliveriesRequested, cron(schedule)],
      concurrency: { limit: 2 },
      retries: 4,
    },
    async ({ event, step }) => {
      const deliver = () =>
        step.run("deliver", async () => deliverDueAlerts({ db: await deps.getDb(), now: deps.now?.(), transport: deps.getTransport(), fetch: deps.fetch }));
      // Only the scheduled runs are the job's ticks; a run asked for after a crawl is not.
      if (event.name === alertDeliveriesRequested.name) return deliver();
      return recordedJob({ step, event, getDb: deps.getDb, job: "delivery" }, async () => {
        const delivered = await deliver();
        const removed = await step.run("remove-expired-attempts", async () => deleteExpiredAttempts(await deps.getDb()));
        return { ...delivered, expiredAttemptsRemoved: removed };
      });
    },
  );
}
