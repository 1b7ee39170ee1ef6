import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { updateProfile } from "@/lib/actions/profile";
import { renameWorkspace } from "@/lib/actions/workspace-settings";
import { ACTIVE_WORKSPACE_COOKIE } from "@/lib/auth/action";
import { getWorkspace } from "@/lib/workspaces/get-workspace";
import { resolveWorkspaceContext } from "@/lib/workspaces/resolve-workspace-context";
import { createUserWithWorkspace } from "../support/factories";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

describe.each(testDatabaseKinds())("workspace isolation on %s", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
  });
  afterAll(() => t.close());
  beforeEach(() => request.reset(t.db));

  const workspaceName = async (id: string) => (await t.db.workspace.findUniqueOrThrow({ where: { id } })).name;

  it("each user renames only their own workspace", async () => {
    request.userId = alice.userId;
    expect(await renameWorkspace({ name: "Alice Trading" })).toEqual({ ok: true, data: { name: "Alice Trading" } });
    request.userId = bob.userId;
    expect(await renameWorkspace({ name: "Bob Imports" })).toMatchObject({ ok: true });

    expect(await workspaceName(alice.workspaceId)).toBe("Alice Trading");
    expect(await workspaceName(bob.workspaceId)).toBe("Bob Imports");
  });

  it("a forged workspace cookie does not reach another workspace", async () => {
    request.userId = bob.userId;
    request.cookies.set(ACTIVE_WORKSPACE_COOKIE, alice.workspaceId);
    const before = await workspaceName(alice.workspaceId);

    const res = await renameWorkspace({ name: "Hijacked" });

    expect(res).toMatchObject({ ok: true });
    expect(await workspaceName(alice.workspaceId)).toBe(before);
    expect(await workspaceName(bob.workspaceId)).toBe("Hijacked");
    const ctx = await resolveWorkspaceContext({ db: t.db, userId: bob.userId, preferredWorkspaceId: alice.workspaceId });
    expect(ctx.workspaceId).toBe(bob.workspaceId);
  });

  it("reading another workspace by id is not found", async () => {
    await expect(getWorkspace({ db: t.db, workspaceId: "does-not-exist" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The page loader reads through the caller's context only, which never yields Alice's id for Bob.
    const ctx = await resolveWorkspaceContext({ db: t.db, userId: bob.userId });
    expect((await getWorkspace({ db: t.db, workspaceId: ctx.workspaceId })).id).toBe(bob.workspaceId);
  });

  it("profile changes touch only the signed-in user", async () => {
    request.userId = bob.userId;
    expect(await updateProfile({ name: "Bob B.", locale: "zh-CN" })).toMatchObject({ ok: true });
    const [a, b] = await Promise.all([
      t.db.user.findUniqueOrThrow({ where: { id: alice.userId } }),
      t.db.user.findUniqueOrThrow({ where: { id: bob.userId } }),
    ]);
    expect(b).toMatchObject({ name: "Bob B.", locale: "zh-CN" });
    expect(a).toMatchObject({ name: "Alice", locale: null });
  });

  it("signed-out callers are refused and nothing changes", async () => {
    const before = await workspaceName(alice.workspaceId);
    expect(await renameWorkspace({ name: "Anon" })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await updateProfile({ name: "Anon", locale: "" })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await workspaceName(alice.workspaceId)).toBe(before);
  });

  it("a viewer of a workspace cannot rename it", async () => {
    await t.db.membership.update({
      where: { userId_workspaceId: { userId: alice.userId, workspaceId: alice.workspaceId } },
      data: { role: "viewer" },
    });
    request.userId = alice.userId;
    const before = await workspaceName(alice.workspaceId);
    expect(await renameWorkspace({ name: "Viewer was here" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await workspaceName(alice.workspaceId)).toBe(before);
  });
});
