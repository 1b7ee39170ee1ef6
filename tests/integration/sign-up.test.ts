import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signUp } from "@/lib/actions/sign-up";
import { authenticate } from "@/lib/auth/authenticate";
import { createSignInLimiter } from "@/lib/auth/sign-in-limiter";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

describe.each(testDatabaseKinds())("accounts on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.close());
  beforeEach(() => request.reset(t.db));

  const counts = async () => ({
    users: await t.db.user.count(),
    workspaces: await t.db.workspace.count(),
    memberships: await t.db.membership.count(),
  });

  it("sign-up creates the user, a workspace they own, and a hashed password", async () => {
    const res = await signUp({ name: "Mei Chen", email: "  Mei@Example.com ", password: "s3cret-pass" });
    expect(res).toEqual({ ok: true, data: { email: "mei@example.com" } });

    const user = await t.db.user.findUniqueOrThrow({
      where: { email: "mei@example.com" },
      include: { memberships: { include: { workspace: true } } },
    });
    expect(user.passwordHash).not.toContain("s3cret-pass");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ role: "owner", workspace: { name: "Mei Chen's workspace" } });
  });

  it("bad input gets a message per field in the user's language, and nothing is created", async () => {
    const before = await counts();
    request.locale = "zh-CN";
    const res = await signUp({ name: "", email: "not-an-email", password: "short" });
    expect(res).toEqual({
      ok: false,
      error: {
        code: "VALIDATION",
        message: "请修改标出的字段。",
        fields: { name: "此项为必填。", email: "请输入有效的邮箱地址。", password: "至少需要 8 个字符。" },
      },
    });
    request.locale = "en";
    const resEn = await signUp({ name: "X", email: "x@", password: "1234567" });
    expect(resEn).toMatchObject({
      ok: false,
      error: { fields: { email: "Enter a valid email address.", password: "Must be at least 8 characters." } },
    });
    expect(await counts()).toEqual(before);
  });

  it("an existing email is refused on the email field, case-insensitively", async () => {
    await signUp({ name: "First", email: "taken@example.com", password: "password-1" });
    const before = await counts();
    request.locale = "zh-CN";
    const res = await signUp({ name: "Second", email: "TAKEN@example.com", password: "password-2" });
    expect(res).toMatchObject({ ok: false, error: { code: "CONFLICT", fields: { email: "该邮箱已注册。" } } });
    expect(await counts()).toEqual(before);
  });

  it("signs in with the right password only, and blocks an email after repeated failures", async () => {
    await signUp({ name: "Rate", email: "rate@example.com", password: "right-password" });
    const limiter = createSignInLimiter(t.db, { maxFailures: 3, windowSeconds: 600 });
    const attempt = (password: string) =>
      authenticate({ db: t.db, limiter, credentials: { email: "rate@example.com", password } });

    await expect(attempt("right-password")).resolves.toMatchObject({ email: "rate@example.com" });
    for (let i = 0; i < 3; i++) await expect(attempt("wrong")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // Blocked now, even with the right password: the guesser cannot tell when they hit it.
    await expect(attempt("right-password")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another address is not affected.
    await expect(
      authenticate({ db: t.db, limiter, credentials: { email: "nobody@example.com", password: "x" } }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("unknown emails count towards the limit too", async () => {
    const limiter = createSignInLimiter(t.db, { maxFailures: 2, windowSeconds: 600 });
    const attempt = () => authenticate({ db: t.db, limiter, credentials: { email: "ghost@example.com", password: "x" } });
    await expect(attempt()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(attempt()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(attempt()).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
