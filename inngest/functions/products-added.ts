import { planBatches } from "@/lib/crawl/plan-batches";
import { crawlBatchRequested, productsAdded } from "@/lib/jobs/events";
import { inngest } from "@/lib/jobs/inngest-client";

// New products get their first crawl through the same batch function as the schedule.
export function createProductsAdded(batchSize: () => number) {
  return inngest.createFunction({ id: "products-added", triggers: [productsAdded] }, async ({ event, step }) => {
    const { workspaceId, asins, addedAt } = event.data;
    const { marketplace } = event.data;
    const batches = planBatches(
      asins.map((asin) => ({ workspaceId, marketplace, asin })),
      batchSize(),
      (m, i) => `new:${m}:${addedAt}:${i}`,
    );
    const events = batches.map((b) =>
      crawlBatchRequested.create({ workspaceId, marketplace, asins: b.asins, trigger: "new_product", key: b.key }, { id: `${workspaceId}:${b.key}` }),
    );
    await step.sendEvent("request-first-crawls", events);
    return { batches: events.length };
  });
}
