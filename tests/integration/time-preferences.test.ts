import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { updateTimePreferences } from "@/lib/actions/profile";
import { nextSendTime } from "@/lib/alerts/quiet-hours";
import { createUserWithWorkspace } from "../support/factories";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

describe.each(testDatabaseKinds())("time zone and quiet hours on %s", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  const prefsOf = (userId: string) =>
    t.db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, quietHoursStart: true, quietHoursEnd: true } });

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    request.reset(t.db);
    request.userId = alice.userId;
  });

  it("saves a zone and a window across midnight as minutes, for the signed-in user only", async () => {
    expect(await updateTimePreferences({ timeZone: "Europe/Berlin", quietHoursStart: "22:00", quietHoursEnd: "07:30" })).toEqual({
      ok: true,
      data: { timeZone: "Europe/Berlin", quietHoursStart: 1320, quietHoursEnd: 450 },
    });
    const saved = await prefsOf(alice.userId);
    expect(saved).toEqual({ timeZone: "Europe/Berlin", quietHoursStart: 1320, quietHoursEnd: 450 });
    expect(await prefsOf(bob.userId)).toEqual({ timeZone: null, quietHoursStart: null, quietHoursEnd: null });
    // What the delivery worker will do with them: 23:00 in Berlin (winter) waits for 07:30.
    expect(nextSendTime(new Date("2026-01-15T22:00:00Z"), saved).toISOString()).toBe("2026-01-16T06:30:00.000Z");
  });

  it("clears back to UTC and no quiet hours", async () => {
    expect(await updateTimePreferences({ timeZone: "", quietHoursStart: "", quietHoursEnd: "" })).toMatchObject({ ok: true });
    expect(await prefsOf(alice.userId)).toEqual({ timeZone: null, quietHoursStart: null, quietHoursEnd: null });
  });

  it("refuses bad input with a message on the field concerned, and saves nothing", async () => {
    await updateTimePreferences({ timeZone: "Asia/Tokyo", quietHoursStart: "23:00", quietHoursEnd: "06:00" });
    const cases = [
      [{ timeZone: "Mars/Olympus_Mons", quietHoursStart: "", quietHoursEnd: "" }, { timeZone: "Choose a time zone from the list." }],
      [{ timeZone: "+05:00", quietHoursStart: "", quietHoursEnd: "" }, { timeZone: "Choose a time zone from the list." }],
      [{ timeZone: "UTC", quietHoursStart: "22:00", quietHoursEnd: "22:00" }, { quietHoursEnd: "Quiet hours must end at a different time than they start." }],
      [{ timeZone: "UTC", quietHoursStart: "22:00", quietHoursEnd: "" }, { quietHoursEnd: "Quiet hours need both a start and an end time (or neither)." }],
      [{ timeZone: "UTC", quietHoursStart: "", quietHoursEnd: "07:00" }, { quietHoursStart: "Quiet hours need both a start and an end time (or neither)." }],
      [{ timeZone: "UTC", quietHoursStart: "24:00", quietHoursEnd: "07:00" }, { quietHoursStart: "Enter a time as hours and minutes, such as 22:00." }],
      [{ timeZone: "UTC", quietHoursStart: "22:00", quietHoursEnd: "7am" }, { quietHoursEnd: "Enter a time as hours and minutes, such as 22:00." }],
    ] as const;
    for (const [input, fields] of cases) {
      const res = await updateTimePreferences(input);
      expect(res, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: "VALIDATION", fields } });
    }
    expect(await prefsOf(alice.userId)).toEqual({ timeZone: "Asia/Tokyo", quietHoursStart: 1380, quietHoursEnd: 360 });
  });

  it("says so in Chinese for a Chinese-speaking user", async () => {
    request.locale = "zh-CN";
    const res = await updateTimePreferences({ timeZone: "UTC", quietHoursStart: "08:00", quietHoursEnd: "08:00" });
    expect(res).toMatchObject({ ok: false, error: { fields: { quietHoursEnd: "免打扰的结束时间不能与开始时间相同。" } } });
  });

  it("is refused when signed out", async () => {
    request.userId = null;
    expect(await updateTimePreferences({ timeZone: "UTC", quietHoursStart: "", quietHoursEnd: "" })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });
});
