import { inngest } from "../client";
import { crawlBatchRequested, productsAdded } from "../events";

// New products get their first crawl through the same batch function as the schedule.
export function createProductsAdded(batchSize: () => number) {
  return inngest.createFunction(
    { id: "products-added", triggers: [productsAdded] },
    async ({ event, step }) => {
      const { workspaceId, marketplace, asins, addedAt } = event.data;
      const size = batchSize();
      const sorted = [...asins].sort();
      const events = [];
      for (let i = 0; i * size < sorted.length; i++) {
        const batch = sorted.slice(i * size, (i + 1) * size);
        const key = `new:${marketplace}:${addedAt}:${i}`;
        events.push(
          crawlBatchRequested.create(
            { workspaceId, marketplace, asins: batch, trigger: "new_product", key },
            { id: `${workspaceId}:${key}` },
          ),
        );
      }
      await step.sendEvent("request-first-crawls", events);
      return { batches: events.length };
    },
  );
}
