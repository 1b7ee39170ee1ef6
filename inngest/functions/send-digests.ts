import { cron } from "inngest";
import { sendDigests } from "@/lib/alerts/send-digests";
import { inngest } from "../client";
import type { AlertDeliveryDeps } from "./deliver-alerts";

// The daily digest: one email per person with everything queued since the last one.
// DIGEST_CRON sets the time (default 07:00 UTC). Retries of a failed digest are picked up by
// deliver-alerts' safety-net run on the backoff schedule.
export function createSendDigests(deps: AlertDeliveryDeps, schedule = process.env.DIGEST_CRON || "TZ=UTC 0 7 * * *") {
  return inngest.createFunction(
    { id: "send-digests", triggers: [cron(schedule)], concurrency: { limit: 1 }, retries: 4 },
    async ({ step }) =>
      step.run("send-digests", async () =>
        sendDigests({ db: await deps.getDb(), now: deps.now?.() ?? new Date(), transport: deps.getTransport() }),
      ),
  );
}
