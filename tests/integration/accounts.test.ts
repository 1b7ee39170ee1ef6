import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { changePassword, requestPasswordReset, resetPassword } from "@/lib/actions/account";
import { signUp } from "@/lib/actions/sign-up";
import { authenticate } from "@/lib/auth/authenticate";
import { isSessionActive, listSessions } from "@/lib/auth/sessions";
import { deleteExpiredAttempts } from "@/lib/auth/throttle";
import { requestPasswordReset as requestReset, resetPassword as resetWithToken } from "@/lib/users/password-reset";
import { signUpOrNotify } from "@/lib/users/create-account";
import { request } from "../support/next-request-mocks";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const GOOD = "violet-harbour-lantern-42";
const client = (ip: string) => ({ ipAddress: ip, userAgent: "vitest" });

describe.each(testDatabaseKinds())("accounts on %s", (kind) => {
  let t: TestDatabase;
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.stop();
    await t.close();
  });
  beforeEach(() => request.reset(t.db));

  const counts = async () => ({ users: await t.db.user.count(), workspaces: await t.db.workspace.count(), memberships: await t.db.membership.count() });
  const signIn = (email: string, password: string, ip = "203.0.113.1", now?: Date) =>
    authenticate({ db: t.db, credentials: { email, password }, client: client(ip), now });
  const mailsTo = (email: string) => smtp.received.filter((m) => m.to && JSON.stringify(m.to).includes(email));

  it("sign-up creates the user, a workspace they own, and a hashed password", async () => {
    const res = await signUp({ name: "Mei Chen", email: "  Mei@Example.com ", password: GOOD });
    expect(res).toEqual({ ok: true, data: { email: "mei@example.com" } });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "mei@example.com" }, include: { memberships: { include: { workspace: true } } } });
    expect(user.passwordHash).not.toContain(GOOD);
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(user.memberships[0]).toMatchObject({ role: "owner", workspace: { name: "Mei Chen's workspace" } });
  });

  it("short, common and guessable passwords are refused with a message on the field", async () => {
    const before = await counts();
    request.locale = "zh-CN";
    const zh = await signUp({ name: "", email: "not-an-email", password: "short" });
    expect(zh).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { name: "此项为必填。", email: "请输入有效的邮箱地址。", password: "至少需要 12 个字符。" } } });
    request.locale = "en";
    for (const password of ["password1234", "123456789012", "qwertyuiopasdf", "passwordpassword"]) {
      const res = await signUp({ name: "X", email: "x@example.com", password });
      expect(res, password).toMatchObject({ ok: false, error: { fields: { password: expect.stringMatching(/too common or too easy to guess/) } } });
    }
    expect(await signUp({ name: "X", email: "x@example.com", password: "12345678" })).toMatchObject({
      ok: false,
      error: { fields: { password: "Must be at least 12 characters." } },
    });
    expect(await counts()).toEqual(before);
  });

  it("sign-up answers the same for a known and an unknown email; the owner of a known one gets an email", async () => {
    await signUp({ name: "First", email: "taken@example.com", password: GOOD });
    const before = await counts();
    const known = await signUpOrNotify({ db: t.db, input: { name: "Second", email: "taken@example.com", password: "another-long-passphrase-7" }, workspaceName: "W", transport: smtp.transport });
    const unknown = await signUpOrNotify({ db: t.db, input: { name: "Third", email: "fresh@example.com", password: "another-long-passphrase-7" }, workspaceName: "W", transport: smtp.transport });
    expect(known).toEqual({ email: "taken@example.com" });
    expect(unknown).toEqual({ email: "fresh@example.com" });
    expect(await counts()).toEqual({ users: before.users + 1, workspaces: before.workspaces + 1, memberships: before.memberships + 1 });
    // The existing account keeps its password; its owner hears about the attempt.
    await expect(signIn("taken@example.com", GOOD)).resolves.toMatchObject({ email: "taken@example.com" });
    expect(mailsTo("taken@example.com").map((m) => m.subject)).toEqual(["Someone tried to sign up with your email"]);
    expect(mailsTo("fresh@example.com")).toEqual([]);
  });

  it("sign-up is throttled per address", async () => {
    request.headers = new Headers({ "x-forwarded-for": "198.51.100.77" });
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await signUp({ name: "Spam", email: `spam${i}@example.com`, password: GOOD }));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", message: expect.stringMatching(/Try again in \d+ seconds/) } });
  });

  it("30 parallel wrong guesses: at most the limit is checked, the rest are refused", async () => {
    await signUp({ name: "Target", email: "target@example.com", password: GOOD });
    const now = new Date();
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => signIn("target@example.com", "wrong-guess-000", "192.0.2.10", now)));
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "OK"));
    expect(codes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(5);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(25);
    // 20 parallel guesses with the right one among them cannot slip it through either.
    const mixed = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => signIn("target@example.com", i === 19 ? GOOD : "wrong-guess-001", "192.0.2.10", now)),
    );
    expect(mixed.every((r) => r.status === "rejected" && (r.reason as { code: string }).code === "RATE_LIMITED")).toBe(true);
  });

  it("the owner signs in from their own address while an attacker's address is being slowed", async () => {
    await signUp({ name: "Owner", email: "owner@example.com", password: GOOD });
    const now = new Date();
    for (let i = 0; i < 10; i++) await signIn("owner@example.com", "nope-nope-nope", "192.0.2.66", now).catch(() => undefined);
    await expect(signIn("owner@example.com", GOOD, "192.0.2.66", now)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(signIn("owner@example.com", GOOD, "203.0.113.9", now)).resolves.toMatchObject({ email: "owner@example.com" });
  });

  it("the delay is progressive: after it passes, one more try is allowed, then a longer wait", async () => {
    await signUp({ name: "Slow", email: "slow@example.com", password: GOOD });
    const t0 = new Date("2030-01-01T00:00:00Z");
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    for (let i = 0; i < 5; i++) await expect(signIn("slow@example.com", "bad-bad-bad-bad", "192.0.2.5", t0)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(signIn("slow@example.com", GOOD, "192.0.2.5", at(0.5))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(signIn("slow@example.com", "bad-bad-bad-bad", "192.0.2.5", at(1))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(signIn("slow@example.com", GOOD, "192.0.2.5", at(2))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(signIn("slow@example.com", GOOD, "192.0.2.5", at(3))).resolves.toMatchObject({ email: "slow@example.com" });
  });

  it("one address guessing at many emails is stopped, and expired counters are swept", async () => {
    const now = new Date();
    const codes = [];
    for (let i = 0; i < 102; i++) {
      codes.push(await signIn(`ghost${i}@example.com`, "x-x-x-x-x-x", "192.0.2.99", now).catch((e: { code: string }) => e.code));
    }
    expect(codes.slice(0, 100).every((c) => c === "UNAUTHENTICATED")).toBe(true);
    expect(codes.slice(100)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    // Each unknown email left its counters behind…
    expect(await t.db.rateLimit.count({ where: { key: { startsWith: "sign-in:ghost" } } })).toBeGreaterThanOrEqual(200);
    // …until their windows are over.
    await deleteExpiredAttempts(t.db, new Date(now.getTime() + 2 * 3600_000));
    expect(await t.db.rateLimit.count({ where: { key: { startsWith: "sign-in:ghost" } } })).toBe(0);
  });

  it("sign-in takes as long for an unknown email as for a known one (bcrypt runs either way)", async () => {
    await signUp({ name: "Timed", email: "timed@example.com", password: GOOD });
    const time = async (email: string, i: number) => {
      const start = performance.now();
      await signIn(email, "wrong-password-x", `10.9.${i}.1`).catch(() => undefined);
      return performance.now() - start;
    };
    let known = 0;
    let unknown = 0;
    for (let i = 0; i < 20; i++) {
      known += await time("timed@example.com", i);
      unknown += await time(`nobody-${i}@example.com`, i + 100);
    }
    const ratio = Math.max(known, unknown) / Math.min(known, unknown);
    expect(ratio).toBeLessThan(2);
  });

  it("changing the password needs the current one and ends every other session", async () => {
    await signUp({ name: "Changer", email: "changer@example.com", password: GOOD });
    const a = await signIn("changer@example.com", GOOD, "203.0.113.20");
    const b = await signIn("changer@example.com", GOOD, "203.0.113.21");
    request.userId = a.id;
    request.sessionId = a.sessionId;
    expect(await changePassword({ currentPassword: "not-the-password", newPassword: "brand-new-passphrase-9" })).toMatchObject({
      ok: false,
      error: { fields: { currentPassword: "The current password is not correct." } },
    });
    expect(await changePassword({ currentPassword: GOOD, newPassword: "brand-new-passphrase-9" })).toEqual({ ok: true, data: { otherSessionsEnded: 1 } });
    expect(await isSessionActive(t.db, a.id, a.sessionId)).toBe(true);
    expect(await isSessionActive(t.db, b.id, b.sessionId)).toBe(false);
    await expect(signIn("changer@example.com", GOOD, "203.0.113.22")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(signIn("changer@example.com", "brand-new-passphrase-9", "203.0.113.22")).resolves.toBeTruthy();
  });

  it("forgot-password answers the same for known and unknown emails; the reset link works once, within the hour", async () => {
    await signUp({ name: "Forgetful", email: "forgetful@example.com", password: GOOD });
    const session = await signIn("forgetful@example.com", GOOD, "203.0.113.30");
    expect(await requestPasswordReset({ email: "forgetful@example.com" })).toEqual(await requestPasswordReset({ email: "nobody-at-all@example.com" }));

    const before = smtp.received.length;
    await requestReset(t.db, "forgetful@example.com", { transport: smtp.transport });
    await requestReset(t.db, "nobody-at-all@example.com", { transport: smtp.transport });
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(1);
    const token = new URL((mails[0]!.text ?? "").match(/https?:\/\/\S+reset-password\?token=\S+/)![0].replace(/[)\]]$/, "")).searchParams.get("token")!;
    expect(await t.db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);

    expect(await resetPassword({ token, password: "weak" })).toMatchObject({ ok: false, error: { fields: { password: expect.any(String) } } });
    expect(await resetPassword({ token, password: "reset-passphrase-lilac-3" })).toEqual({ ok: true, data: { reset: true } });
    expect(await resetPassword({ token, password: "second-use-passphrase-4" })).toMatchObject({
      ok: false,
      error: { fields: { token: "This reset link has expired or was already used. Ask for a new one." } },
    });
    expect(await isSessionActive(t.db, session.id, session.sessionId)).toBe(false);
    await expect(signIn("forgetful@example.com", "reset-passphrase-lilac-3", "203.0.113.31")).resolves.toBeTruthy();

    // A link older than an hour does nothing.
    const n = smtp.received.length;
    await requestReset(t.db, "forgetful@example.com", { transport: smtp.transport, now: new Date(Date.now() - 61 * 60_000) });
    const old = new URL((smtp.received[n]!.text ?? "").match(/https?:\/\/\S+reset-password\?token=\S+/)![0]).searchParams.get("token")!;
    await expect(resetWithToken(t.db, old, "too-late-passphrase-55")).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("security events are logged without secrets", async () => {
    await signUp({ name: "Logged", email: "logged@example.com", password: GOOD });
    vi.stubEnv("SECURITY_LOG", "1");
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    try {
      await signIn("logged@example.com", "wrong-password-zz", "192.0.2.200").catch(() => undefined);
      await signIn("logged@example.com", GOOD, "192.0.2.200");
      const events = info.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
      expect(events.map((e) => e.event)).toEqual(["sign_in_failed", "sign_in_succeeded"]);
      expect(events[0]).toMatchObject({ type: "security", email: "logged@example.com", address: "192.0.2.200", knownAccount: true });
      expect(JSON.stringify(events)).not.toContain(GOOD);
      expect(JSON.stringify(events)).not.toContain("wrong-password-zz");
    } finally {
      info.mockRestore();
      vi.unstubAllEnvs();
    }
  });

  it("every sign-in is a session the user can see", async () => {
    await signUp({ name: "Lister", email: "lister@example.com", password: GOOD });
    const a = await signIn("lister@example.com", GOOD, "203.0.113.40");
    await signIn("lister@example.com", GOOD, "203.0.113.41");
    const sessions = await listSessions(t.db, a.id);
    expect(sessions.map((s) => s.ipAddress).sort()).toEqual(["203.0.113.40", "203.0.113.41"]);
  });
});
