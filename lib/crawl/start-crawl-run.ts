import type { Db } from "@/lib/db/client";
import type { CrawlTrigger, SourceKind } from "@/lib/generated/prisma/enums";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { CRAWL_LEASE_MS } from "@/lib/crawl/crawl-heartbeat";

/**
 * `done`: the run already finished (nothing to do); `busy`: another live process is working on
 * it right now (leave it to that process).
 */
export type CrawlRunRef = { id: string; workspaceId: string; marketplace: MarketplaceCode; asins: string[]; done: boolean; busy?: boolean };

// Opens the record of a crawl. With a business key, the same trigger repeated (a re-sent
// event, a double click) finds the existing run instead of starting another: a finished run
// is not repeated, one still running in a live process is left to it, and one that ended
// `failed` or was interrupted (or whose process stopped beating) is tried again under the
// same record.
export async function startCrawlRun({
  db,
  workspaceId,
  marketplace,
  asins,
  trigger,
  source,
  key,
}: {
  db: Db;
  workspaceId: string;
  marketplace: MarketplaceCode;
  asins: string[];
  trigger: CrawlTrigger;
  source: SourceKind;
  key?: string;
}): Promise<CrawlRunRef> {
  const data = { workspaceId, marketplace, trigger, source, key: key ?? null, asinsAsked: asins };
  if (!key) {
    const run = await db.crawlRun.create({ data, select: { id: true } });
    return { id: run.id, workspaceId, marketplace, asins, done: false };
  }
  const { count: created } = await db.crawlRun.createMany({ data: [data], skipDuplicates: true });
  const run = await db.crawlRun.findUniqueOrThrow({ where: { workspaceId_key: { workspaceId, key } } });
  const ref = { id: run.id, workspaceId, marketplace, asins: run.asinsAsked };
  if (created === 1) return { ...ref, done: false };
  if (run.status === "succeeded" || run.status === "partial") return { ...ref, done: true };
  const beating = run.status === "running" && run.heartbeatAt.getTime() > Date.now() - CRAWL_LEASE_MS;
  if (beating) return { ...ref, done: false, busy: true };
  // Take it over, unless another process did so since it was read.
  const { count } = await db.crawlRun.updateMany({
    where: { id: run.id, workspaceId, status: run.status, heartbeatAt: run.heartbeatAt },
    data: { status: "running", error: null, finishedAt: null, heartbeatAt: new Date() },
  });
  return { ...ref, done: false, busy: count === 0 };
}

/** For a crawl that could not even ask the source: recorded, never silent. */
export async function failCrawlRun({ db, run, error }: { db: Db; run: CrawlRunRef; error: string }) {
  await db.crawlRun.updateMany({
    where: { id: run.id, workspaceId: run.workspaceId },
    data: { status: "failed", error: error.slice(0, 1000), finishedAt: new Date() },
  });
}
