import { ApifyClient, type ActorRun } from "apify-client";
import type { ApifyConfig } from "@/lib/config/env";

// Shared by the product source and the keyword search: how a client is built, when a run
// counts as done, and how its whole dataset is read.

// Only SUCCEEDED means the dataset is complete. `call`/`waitForFinish` resolve (not throw)
// with FAILED, TIMED-OUT and ABORTED, and with RUNNING when their wait runs out.
export const SUCCEEDED = "SUCCEEDED";
const TERMINAL = new Set<string>([SUCCEEDED, "FAILED", "TIMED-OUT", "ABORTED"]);
const DATASET_PAGE_SIZE = 1000;

export function createApifyClient(config: Pick<ApifyConfig, "token" | "baseUrl"> & { maxRetries?: number }): ApifyClient {
  return new ApifyClient({ token: config.token, baseUrl: config.baseUrl, maxRetries: config.maxRetries });
}

/** Why a run that did not succeed is unusable: "Apify run X ended FAILED (reason)". */
export function describeUnfinishedRun(run: ActorRun): string {
  const reason = run.statusMessage ? ` (${run.statusMessage})` : "";
  const ended = TERMINAL.has(run.status) ? "ended" : "did not finish in time, still";
  return `Apify run ${run.id} ${ended} ${run.status}${reason}`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function listAllItems(client: ApifyClient, datasetId: string): Promise<unknown[]> {
  const items: unknown[] = [];
  for (;;) {
    const page = await client.dataset(datasetId).listItems({ offset: items.length, limit: DATASET_PAGE_SIZE });
    items.push(...page.items);
    const done = Number.isFinite(page.total) ? items.length >= page.total : page.items.length < DATASET_PAGE_SIZE;
    if (done || page.items.length === 0) return items;
  }
}
