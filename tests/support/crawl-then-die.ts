// A stand-in for an app process that dies in the middle of a crawl: it starts a background
// crawl (as adding products does) against a source that never answers, says READY with the
// run's id, and waits to be killed. Used by tests/integration/crash-recovery.test.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { crawlInBackground } from "@/lib/jobs/background-crawls";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.CRASH_DATABASE_URL! }) });
const { crawlRunIds } = await crawlInBackground({
  db,
  source: { kind: "apify", fetch: () => new Promise(() => undefined), search: () => new Promise(() => undefined) },
  batches: [{ workspaceId: process.env.CRASH_WORKSPACE_ID!, marketplace: "US", asins: process.env.CRASH_ASINS!.split(","), key: "new:US:crash:0" }],
  trigger: "new_product",
});
console.log(`READY ${crawlRunIds[0]}`);
setInterval(() => undefined, 60_000);
