import type { Db } from "@/lib/db/client";

// A crawl run is `running` only while a live process works on it. That process renews the
// run's heartbeat; a run whose heartbeat lapsed was left behind by a process that died (a
// crash, a deploy, a killed container) and is marked interrupted, so its products are due
// again and the crawl history does not show a ghost that runs forever.
export const CRAWL_LEASE_MS = 2 * 60_000;
const BEAT_MS = 30_000;

// Which runs this process holds, per database client, with how many holders each has.
type BeatState = { held: Map<Db, Map<string, number>>; timer: NodeJS.Timeout | null };
const globalForBeat = globalThis as unknown as { __asinRadarCrawlBeat?: BeatState };
globalForBeat.__asinRadarCrawlBeat ??= { held: new Map(), timer: null };
const state = globalForBeat.__asinRadarCrawlBeat;

async function beat() {
  const now = new Date();
  await Promise.all(
    [...state.held].map(([db, ids]) => db.crawlRun.updateMany({ where: { id: { in: [...ids.keys()] }, status: "running" }, data: { heartbeatAt: now } }).catch(() => null)),
  );
}

/** Keeps the runs' heartbeats fresh until the returned function is called. */
export function holdCrawlRuns(db: Db, ids: readonly string[]): () => void {
  const held = state.held.get(db) ?? new Map<string, number>();
  state.held.set(db, held);
  for (const id of ids) held.set(id, (held.get(id) ?? 0) + 1);
  if (!state.timer) {
    state.timer = setInterval(() => void beat(), BEAT_MS);
    state.timer.unref();
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    for (const id of ids) {
      const n = (held.get(id) ?? 1) - 1;
      if (n > 0) held.set(id, n);
      else held.delete(id);
    }
    if (held.size === 0) state.held.delete(db);
    if (state.held.size === 0 && state.timer) {
      clearInterval(state.timer);
      state.timer = null;
    }
  };
}

/** Runs `work` with the run's heartbeat kept fresh. */
export async function withCrawlHeartbeat<T>(db: Db, id: string, work: () => Promise<T>): Promise<T> {
  const release = holdCrawlRuns(db, [id]);
  try {
    return await work();
  } finally {
    release();
  }
}

/**
 * Marks running runs whose heartbeat lapsed as interrupted. With `everyRunning` (the embedded
 * database at start-up: only one process can ever open it, so nothing else is running) every
 * running run is a ghost.
 */
export async function interruptStaleCrawlRuns({ db, now, everyRunning = false }: { db: Db; now: Date; everyRunning?: boolean }): Promise<number> {
  const { count } = await db.crawlRun.updateMany({
    where: { status: "running", ...(everyRunning ? {} : { heartbeatAt: { lt: new Date(now.getTime() - CRAWL_LEASE_MS) } }) },
    data: { status: "interrupted", finishedAt: now, error: "the process running this crawl stopped before it finished; its products are due again" },
  });
  return count;
}

/** Products a live crawl run is reading right now, as "workspace|marketplace|asin". */
export async function productsInFlight({ db, now }: { db: Db; now: Date }): Promise<Set<string>> {
  const runs = await db.crawlRun.findMany({
    where: { status: "running", heartbeatAt: { gte: new Date(now.getTime() - CRAWL_LEASE_MS) } },
    select: { workspaceId: true, marketplace: true, asinsAsked: true },
  });
  return new Set(runs.flatMap((r) => r.asinsAsked.map((asin) => `${r.workspaceId}|${r.marketplace}|${asin}`)));
}
