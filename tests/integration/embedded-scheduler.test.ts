import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCronSchedule } from "@/lib/config/cron";
import { readEnv } from "@/lib/config/env";
import type { DbClient } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createEmbeddedScheduler, type EmbeddedScheduler } from "@/lib/jobs/embedded-scheduler";
import { claimJobLease } from "@/lib/leases/job-lease";
import { startJobRun } from "@/lib/jobs/job-runs";
import { addProducts } from "@/lib/products/add-products";
import { createUserWithWorkspace } from "../support/factories";
import { testJobDeps } from "../support/job-deps";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const schedules = (pattern: string) => {
  const s = parseCronSchedule(pattern);
  return { ...readEnv({}).schedules, crawl: s };
};

// Two app processes on one PostgreSQL: each has its own connection and its own scheduler.
describe.runIf(testDatabaseKinds().includes("postgres"))("the embedded scheduler with two app processes on one PostgreSQL", () => {
  let t: TestDatabase;
  let secondProcessDb: DbClient;
  let a: EmbeddedScheduler;
  let b: EmbeddedScheduler;
  let workspaceId: string;

  beforeAll(async () => {
    t = await createTestDatabase("postgres");
    secondProcessDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: t.url! }) });
    ({ workspaceId } = await createUserWithWorkspace(t.db));
    await addProducts({
      db: t.db,
      workspaceId,
      items: ["B0DEMO0001", "B0DEMO0002", "B0DEMO0003"].map((asin, line) => ({ line, asin, marketplace: "US" as const, kind: "competitor" as const, tags: [] })),
    });
    a = createEmbeddedScheduler({ deps: testJobDeps(t.db), schedules: schedules("0 0 1 1 *") });
    b = createEmbeddedScheduler({ deps: testJobDeps(secondProcessDb), schedules: schedules("0 0 1 1 *") });
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
    await secondProcessDb.$disconnect();
    await t.close();
  });

  it("a tick fired in both processes at once runs once: one crawl, one recorded run", async () => {
    const tick = new Date("2026-12-01T10:05:00Z");
    const outcomes = await Promise.all([a.tick("crawl", tick), b.tick("crawl", tick)]);
    expect(outcomes.map((o) => o.ran).sort()).toEqual([false, true]);
    const runs = await t.db.crawlRun.findMany({ where: { workspaceId } });
    expect(runs.map((r) => [r.trigger, r.status, r.asinsAsked.length])).toEqual([["scheduled", "succeeded", 3]]);
    const jobRuns = await t.db.jobRun.findMany({ where: { job: "crawl" } });
    expect(jobRuns).toHaveLength(1);
    expect(jobRuns[0]).toMatchObject({ runner: "embedded", status: "succeeded", tick, summary: expect.objectContaining({ batches: 1, asins: 3, readingsStored: 3 }) });
  });

  it("a process that wakes up late for a tick another already finished does not run it again", async () => {
    const tick = new Date("2026-12-01T10:05:00Z");
    expect(await b.tick("crawl", tick)).toEqual({ ran: false });
    expect(await t.db.jobRun.count({ where: { job: "crawl" } })).toBe(1);
  });

  it("the next tick runs in whichever process gets there, and a tick that found nothing due is recorded", async () => {
    const next = new Date("2026-12-01T11:05:00Z");
    expect(await b.tick("crawl", next)).toMatchObject({ ran: true, status: "succeeded", summary: expect.objectContaining({ batches: 0 }) });
    const recorded = await t.db.jobRun.findFirstOrThrow({ where: { job: "crawl", tick: next } });
    expect(recorded.holder).toBe(b.holder);
    expect(await t.db.crawlRun.count({ where: { workspaceId } })).toBe(1);
  });

  it("on their real crons, ticking every second, each tick runs in one process only", async () => {
    const every = schedules("* * * * * *");
    const x = createEmbeddedScheduler({ deps: testJobDeps(t.db), schedules: { crawl: every.crawl } as never });
    const y = createEmbeddedScheduler({ deps: testJobDeps(secondProcessDb), schedules: { crawl: every.crawl } as never });
    const since = new Date();
    x.start();
    y.start();
    await new Promise((r) => setTimeout(r, 3_500));
    await Promise.all([x.stop(), y.stop()]);
    const ticks = await t.db.jobRun.findMany({ where: { job: "crawl", startedAt: { gte: since } }, orderBy: { tick: "asc" } });
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ticks.map((r) => r.tick!.toISOString())).size).toBe(ticks.length);
    expect(ticks.every((r) => r.status === "succeeded")).toBe(true);
  });
});

describe.each(testDatabaseKinds())("job leases on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("a holder that died mid-tick blocks the job until its lease lapses, then the next tick runs and its run is marked interrupted", async () => {
    const dead = "dead-host:1:aaaa";
    const t1 = new Date("2026-12-02T07:00:00Z");
    expect(await claimJobLease(t.db, { job: "digest", holder: dead, tick: t1, now: new Date(), ttlMs: 300 })).toBe(true);
    await startJobRun(t.db, { job: "digest", runner: "embedded", tick: t1, holder: dead });

    const alive = createEmbeddedScheduler({ deps: testJobDeps(t.db), schedules: readEnv({}).schedules });
    const t2 = new Date("2026-12-02T07:00:05Z");
    expect(await alive.tick("digest", t2)).toEqual({ ran: false });
    await new Promise((r) => setTimeout(r, 400));
    const t3 = new Date("2026-12-02T07:00:10Z");
    expect(await alive.tick("digest", t3)).toMatchObject({ ran: true, status: "succeeded" });
    const runs = await t.db.jobRun.findMany({ where: { job: "digest" }, orderBy: { tick: "asc" } });
    expect(runs.map((r) => [r.tick?.toISOString(), r.status, r.holder])).toEqual([
      [t1.toISOString(), "interrupted", dead],
      [t3.toISOString(), "succeeded", alive.holder],
    ]);
  });

  it("a tick whose work throws is recorded as failed and the lease is free for the next one", async () => {
    const failing = createEmbeddedScheduler({
      deps: testJobDeps(t.db, { getDb: async () => { throw new Error("database unreachable"); } }),
      schedules: readEnv({}).schedules,
    });
    // getDb fails before the lease can even be taken: nothing is recorded, nothing is held.
    await expect(failing.tick("delivery", new Date("2026-12-02T07:05:00Z"))).rejects.toThrow("database unreachable");

    const ok = createEmbeddedScheduler({ deps: testJobDeps(t.db), schedules: readEnv({}).schedules });
    const broken = createEmbeddedScheduler({
      deps: { ...testJobDeps(t.db), getSource: () => { throw new Error("APIFY_TOKEN rejected"); } },
      schedules: readEnv({}).schedules,
    });
    expect(await broken.tick("crawl", new Date("2026-12-02T08:05:00Z"))).toMatchObject({ ran: true, status: "failed", error: "APIFY_TOKEN rejected" });
    expect(await t.db.jobRun.findFirstOrThrow({ where: { job: "crawl" } })).toMatchObject({ status: "failed", error: "APIFY_TOKEN rejected" });
    expect(await ok.tick("crawl", new Date("2026-12-02T09:05:00Z"))).toMatchObject({ ran: true, status: "succeeded" });
  });
});
