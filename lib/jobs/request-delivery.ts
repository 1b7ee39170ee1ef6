import { readEnv } from "@/lib/config/env";
import { alertDeliveriesRequested } from "@/lib/jobs/events";
import { inngest } from "@/lib/jobs/inngest-client";
import { registeredScheduler } from "@/lib/jobs/scheduler-registry";

/**
 * After detection wrote alerts to the outbox: ask the delivery worker to send them now. Never
 * sends anything itself and never waits, so "Refresh now" answers before any email or webhook
 * is attempted, however slow the receivers. The embedded scheduler runs its delivery job at
 * once; with Inngest the event starts deliver-alerts. If neither takes the request, the
 * delivery schedule (every minute by default) sends them anyway.
 */
export async function requestDelivery({ workspaceId }: { workspaceId: string }): Promise<void> {
  if (readEnv().scheduler === "embedded") {
    registeredScheduler()?.runSoon("delivery");
    return;
  }
  try {
    await inngest.send(alertDeliveriesRequested.create({ workspaceId }));
  } catch (err) {
    console.warn(`[alerts] could not ask Inngest to deliver now; the schedule will: ${err instanceof Error ? err.message : String(err)}`);
  }
}
