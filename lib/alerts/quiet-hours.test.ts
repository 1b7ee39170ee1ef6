import { describe, expect, it } from "vitest";
import { isKnownTimeZone, nextSendTime, type QuietHoursPrefs } from "@/lib/alerts/quiet-hours";

const hm = (h: number, m = 0) => h * 60 + m;
const prefs = (timeZone: string | null, start: number | null, end: number | null): QuietHoursPrefs => ({ timeZone, quietHoursStart: start, quietHoursEnd: end });
const at = (iso: string) => new Date(iso);
const send = (now: string, p: QuietHoursPrefs) => nextSendTime(at(now), p).toISOString();

// Expected instants are worked out by hand from the zones' offsets, not by the code under test.
describe("nextSendTime", () => {
  it("sends at once without quiet hours, or with half or an empty window", () => {
    const now = "2026-01-15T03:00:00.000Z";
    expect(send(now, prefs("Europe/Berlin", null, null))).toBe(now);
    expect(send(now, prefs("Europe/Berlin", hm(22), null))).toBe(now);
    expect(send(now, prefs("Europe/Berlin", null, hm(7)))).toBe(now);
    expect(send(now, prefs("Europe/Berlin", hm(4), hm(4)))).toBe(now);
  });

  it("holds a window within one day until its end; the end itself is outside", () => {
    const noon = prefs(null, hm(12), hm(14));
    expect(send("2026-05-04T11:59:59.000Z", noon)).toBe("2026-05-04T11:59:59.000Z");
    expect(send("2026-05-04T12:00:00.000Z", noon)).toBe("2026-05-04T14:00:00.000Z");
    expect(send("2026-05-04T13:59:59.999Z", noon)).toBe("2026-05-04T14:00:00.000Z");
    expect(send("2026-05-04T14:00:00.000Z", noon)).toBe("2026-05-04T14:00:00.000Z");
  });

  it("handles a window that wraps midnight, in the user's zone", () => {
    const night = prefs("Europe/Berlin", hm(22), hm(7)); // UTC+1 in January
    expect(send("2026-01-15T20:59:00.000Z", night)).toBe("2026-01-15T20:59:00.000Z"); // 21:59 local
    expect(send("2026-01-15T21:00:00.000Z", night)).toBe("2026-01-16T06:00:00.000Z"); // 22:00 → 07:00 tomorrow
    expect(send("2026-01-15T22:30:00.000Z", night)).toBe("2026-01-16T06:00:00.000Z"); // 23:30 local
    expect(send("2026-01-16T03:00:00.000Z", night)).toBe("2026-01-16T06:00:00.000Z"); // 04:00, after midnight
    expect(send("2026-01-16T06:00:00.000Z", night)).toBe("2026-01-16T06:00:00.000Z"); // 07:00: over
  });

  it("follows a zone with a half-hour offset", () => {
    // Asia/Kolkata is UTC+5:30: 22:30 local on 1 June; 06:00 local on 2 June is 00:30 UTC.
    expect(send("2026-06-01T17:00:00.000Z", prefs("Asia/Kolkata", hm(22), hm(6)))).toBe("2026-06-02T00:30:00.000Z");
  });

  it("keeps local wall-clock times on the days the clocks change", () => {
    const night = prefs("Europe/Berlin", hm(22), hm(7));
    // 29 March 2026: 02:00 CET becomes 03:00 CEST. 23:00 CET on the 28th → 07:00 CEST = 05:00 UTC.
    expect(send("2026-03-28T22:00:00.000Z", night)).toBe("2026-03-29T05:00:00.000Z");
    // 25 October 2026: 03:00 CEST becomes 02:00 CET. 23:00 CEST on the 24th → 07:00 CET = 06:00 UTC.
    expect(send("2026-10-24T21:00:00.000Z", night)).toBe("2026-10-25T06:00:00.000Z");
  });

  it("ends at the jump when the end time is skipped by the clocks going forward", () => {
    // New York, 8 March 2026: 02:00 EST (07:00 UTC) becomes 03:00 EDT; 02:30 never happens.
    expect(send("2026-03-08T05:00:00.000Z", prefs("America/New_York", hm(23), hm(2, 30)))).toBe("2026-03-08T07:00:00.000Z");
  });

  it("ends at the next occurrence when the end time happens twice", () => {
    // New York, 1 November 2026: 02:00 EDT (06:00 UTC) becomes 01:00 EST; 01:00–02:00 repeats.
    const early = prefs("America/New_York", hm(0), hm(1, 30));
    expect(send("2026-11-01T04:30:00.000Z", early)).toBe("2026-11-01T05:30:00.000Z"); // 00:30 EDT → 01:30 EDT
    expect(send("2026-11-01T05:45:00.000Z", early)).toBe("2026-11-01T05:45:00.000Z"); // 01:45 EDT: past the end
    expect(send("2026-11-01T06:15:00.000Z", early)).toBe("2026-11-01T06:30:00.000Z"); // 01:15 EST → 01:30 EST
  });

  it("treats an unknown zone as UTC instead of holding alerts forever", () => {
    expect(send("2026-05-04T13:00:00.000Z", prefs("Mars/Olympus_Mons", hm(12), hm(14)))).toBe("2026-05-04T14:00:00.000Z");
    expect(send("2026-05-04T13:00:00.000Z", prefs("", hm(12), hm(14)))).toBe("2026-05-04T14:00:00.000Z");
  });

  it("ignores minutes outside a day instead of guessing", () => {
    const now = "2026-05-04T13:00:00.000Z";
    expect(send(now, prefs(null, hm(12), 1440))).toBe(now);
    expect(send(now, prefs(null, -1, hm(14)))).toBe(now);
    expect(send(now, prefs(null, 720.5, hm(14)))).toBe(now);
  });

  it("returns the same Date when nothing is held", () => {
    const now = new Date("2026-05-04T10:00:00.000Z");
    expect(nextSendTime(now, prefs("UTC", hm(12), hm(14)))).toBe(now);
  });
});

describe("isKnownTimeZone", () => {
  it("knows IANA names and aliases, not made-up ones", () => {
    expect(isKnownTimeZone("Europe/Berlin")).toBe(true);
    expect(isKnownTimeZone("UTC")).toBe(true);
    expect(isKnownTimeZone("Asia/Calcutta")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownTimeZone("")).toBe(false);
    expect(isKnownTimeZone("+25:00")).toBe(false);
  });
});
