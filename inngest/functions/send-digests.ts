import { cron } from "inngest";
import { sendDigests } from "@/lib/alerts/send-digests";
import { readEnv } from "@/lib/config/env";
import { inngest } from "@/lib/jobs/inngest-client";
import type { AlertDeliveryDeps } from "@/inngest/functions/deliver-alerts";
import { recordedJob } from "@/inngest/functions/recorded-job";

// The daily digest: one email per person with everything queued since the last one.
// DIGEST_CRON sets the time (default 07:00 UTC). Retries of a failed digest are picked up by
// deliver-alerts' safety-net run on the backoff schedule.
export function createSendDigests(deps: AlertDeliveryDeps, schedule = readEnv().schedules.digest.expression) {
  return inngest.createFunction({ id: "send-digests", triggers: [cron(schedule)], concurrency: { limit: 1 }, retries: 4 }, async ({ event, step }) =>
    recordedJob({ step, event, getDb: deps.getDb, job: "digest" }, () =>
      step.run("send-digests", async () => sendDigests({ db: await deps.getDb(), now: deps.now?.() ?? new Date(), transport: deps.getTransport() })),
    ),
  );
}
