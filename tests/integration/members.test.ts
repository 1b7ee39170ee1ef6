import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  acceptInvitationAction,
  changeMemberRoleAction,
  inviteMemberAction,
  leaveWorkspaceAction,
  removeMemberAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "@/lib/actions/members";
import { addProductsFromText } from "@/lib/actions/products";
import { ACTIVE_WORKSPACE_COOKIE } from "@/lib/auth/action";
import { inviteMember } from "@/lib/members/invite-member";
import { listMembersAndInvitations } from "@/lib/members/list-members";
import { createMember } from "../support/alert-factories";
import { createUserWithWorkspace } from "../support/factories";
import { request } from "../support/next-request-mocks";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

const tokenOf = (link: string) => link.split("/invite/")[1]!;

describe.each(testDatabaseKinds())("Members and invitations (%s)", (kind) => {
  let t: TestDatabase;
  let owner: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let other: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let smtp: SmtpTestServer;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    owner = await createUserWithWorkspace(t.db, { name: "Olivia Owner" });
    other = await createUserWithWorkspace(t.db, { name: "Oscar Other" });
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.stop();
    await t.close();
  });
  beforeEach(() => {
    request.reset(t.db);
    request.userId = owner.userId;
  });

  const as = (userId: string) => {
    request.reset(t.db);
    request.userId = userId;
  };
  async function invite(email: string, role: "admin" | "member" | "viewer" | "owner" = "member") {
    const res = await inviteMemberAction({ email, role });
    if (!res.ok) throw new Error(res.error.message);
    return res.data;
  }
  const membership = (userId: string, workspaceId = owner.workspaceId) =>
    t.db.membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId } } });

  it("the invited address accepts once, joins with the invited role and gets that workspace as active; the link then stops working", async () => {
    const invitee = await createUserWithWorkspace(t.db, { name: "Ivy Invitee" });
    const sent = await invite(`  ${invitee.email.toUpperCase()} `, "member");
    expect(sent.emailed).toBe(false);
    // Only the hash is stored, never the token from the link.
    const row = await t.db.invitation.findUniqueOrThrow({ where: { id: sent.invitationId } });
    expect(row.email).toBe(invitee.email);
    expect(row.tokenHash).not.toContain(tokenOf(sent.link));
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * 86_400_000);

    as(invitee.userId);
    const accepted = await acceptInvitationAction({ token: tokenOf(sent.link) });
    expect(accepted).toEqual({ ok: true, data: { workspaceId: owner.workspaceId } });
    expect((await membership(invitee.userId))?.role).toBe("member");
    expect(request.cookies.get(ACTIVE_WORKSPACE_COOKIE)).toBe(owner.workspaceId);

    const again = await acceptInvitationAction({ token: tokenOf(sent.link) });
    expect(again).toMatchObject({ ok: false, error: { code: "NOT_FOUND", message: expect.stringContaining("already used") } });
  });

  it("refuses another address, an expired and a revoked invitation, and a re-sent invitation's old link", async () => {
    const invitee = await createUserWithWorkspace(t.db, { name: "Wanda Wrong" });
    const sent = await invite(invitee.email);
    as(other.userId);
    const wrong = await acceptInvitationAction({ token: tokenOf(sent.link) });
    expect(wrong).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringContaining(invitee.email) } });
    expect(await membership(other.userId)).toBeNull();

    as(owner.userId);
    const resent = await resendInvitationAction({ invitationId: sent.invitationId });
    if (!resent.ok) throw new Error(resent.error.message);
    as(invitee.userId);
    expect(await acceptInvitationAction({ token: tokenOf(sent.link) })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    await t.db.invitation.update({ where: { id: sent.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await acceptInvitationAction({ token: tokenOf(resent.data.link) })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    as(owner.userId);
    const fresh = await resendInvitationAction({ invitationId: sent.invitationId });
    if (!fresh.ok) throw new Error(fresh.error.message);
    expect(await revokeInvitationAction({ invitationId: sent.invitationId })).toEqual({ ok: true, data: null });
    as(invitee.userId);
    expect(await acceptInvitationAction({ token: tokenOf(fresh.data.link) })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await membership(invitee.userId)).toBeNull();
  });

  it("an existing member or a pending invitation is an error on the email field", async () => {
    const member = await createMember(t.db, owner.workspaceId, { role: "viewer" });
    expect(await inviteMemberAction({ email: member.email, role: "viewer" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fields: { email: expect.stringContaining("already a member") } },
    });
    await invite("twice@example.test");
    expect(await inviteMemberAction({ email: "Twice@example.test", role: "viewer" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", fields: { email: expect.stringContaining("pending invitation") } },
    });
    expect(await inviteMemberAction({ email: "not-an-address", role: "viewer" })).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { email: expect.any(String) } } });
  });

  it("nobody grants a role above their own, and the last owner can be neither demoted nor removed", async () => {
    const admin = await createMember(t.db, owner.workspaceId, { role: "admin" });
    const target = await createMember(t.db, owner.workspaceId, { role: "member" });
    const targetRow = (await membership(target.id))!;
    const ownerRow = (await membership(owner.userId))!;
    as(admin.id);
    expect(await inviteMemberAction({ email: "boss@example.test", role: "owner" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN", fields: { role: expect.any(String) } } });
    expect(await changeMemberRoleAction({ membershipId: targetRow.id, role: "owner" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await changeMemberRoleAction({ membershipId: ownerRow.id, role: "viewer" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await changeMemberRoleAction({ membershipId: targetRow.id, role: "admin" })).toEqual({ ok: true, data: null });
    expect((await membership(target.id))?.role).toBe("admin");

    as(owner.userId);
    const lastOwner = { ok: false, error: { code: "CONFLICT", message: expect.stringContaining("at least one owner") } };
    expect(await changeMemberRoleAction({ membershipId: ownerRow.id, role: "admin" })).toMatchObject(lastOwner);
    expect(await removeMemberAction({ membershipId: ownerRow.id })).toMatchObject(lastOwner);
    expect((await membership(owner.userId))?.role).toBe("owner");
    // With a second owner the first may step down.
    expect(await changeMemberRoleAction({ membershipId: targetRow.id, role: "owner" })).toEqual({ ok: true, data: null });
    expect(await changeMemberRoleAction({ membershipId: ownerRow.id, role: "admin" })).toEqual({ ok: true, data: null });
    await t.db.membership.update({ where: { id: ownerRow.id }, data: { role: "owner" } });
    await t.db.membership.update({ where: { id: targetRow.id }, data: { role: "member" } });
  });

  it("a removed member's next action in that workspace is refused", async () => {
    const gone = await createMember(t.db, owner.workspaceId, { role: "member" });
    as(gone.id);
    request.cookies.set(ACTIVE_WORKSPACE_COOKIE, owner.workspaceId);
    const before = await addProductsFromText({ text: "B0REMOVE01", marketplace: "US", kind: "own", tags: "" });
    expect(before.ok).toBe(true);

    as(owner.userId);
    expect(await removeMemberAction({ membershipId: (await membership(gone.id))!.id })).toEqual({ ok: true, data: null });

    as(gone.id);
    request.cookies.set(ACTIVE_WORKSPACE_COOKIE, owner.workspaceId);
    // No membership left: not even a workspace of their own to fall back to.
    expect(await addProductsFromText({ text: "B0REMOVE02", marketplace: "US", kind: "own", tags: "" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await t.db.product.count({ where: { workspaceId: owner.workspaceId, asin: "B0REMOVE02" } })).toBe(0);
  });

  it("a member leaves a workspace; the last owner cannot, and nobody leaves their only one", async () => {
    const joiner = await createUserWithWorkspace(t.db, { name: "Lee Leaver" });
    await t.db.membership.create({ data: { userId: joiner.userId, workspaceId: owner.workspaceId, role: "viewer" } });
    as(joiner.userId);
    request.cookies.set(ACTIVE_WORKSPACE_COOKIE, owner.workspaceId);
    expect(await leaveWorkspaceAction({})).toEqual({ ok: true, data: null });
    expect(await membership(joiner.userId)).toBeNull();
    // Back in their own workspace, where they are the only owner and it is their only one.
    expect(await leaveWorkspaceAction({})).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringContaining("at least one owner") } });
    await t.db.membership.create({ data: { userId: joiner.userId, workspaceId: owner.workspaceId, role: "owner" } });
    request.cookies.set(ACTIVE_WORKSPACE_COOKIE, joiner.workspaceId);
    await t.db.membership.updateMany({ where: { workspaceId: joiner.workspaceId }, data: { role: "admin" } });
    await t.db.membership.deleteMany({ where: { userId: joiner.userId, workspaceId: owner.workspaceId } });
    expect(await leaveWorkspaceAction({})).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringContaining("only workspace") } });
    expect(await membership(joiner.userId, joiner.workspaceId)).not.toBeNull();
  });

  it("another workspace's invitation and member ids are not found, and change nothing", async () => {
    as(other.userId);
    const theirs = await invite("theirs@example.test");
    const otherOwnerRow = (await membership(other.userId, other.workspaceId))!;
    as(owner.userId);
    const notFound = { ok: false, error: { code: "NOT_FOUND" } };
    expect(await revokeInvitationAction({ invitationId: theirs.invitationId })).toMatchObject(notFound);
    expect(await resendInvitationAction({ invitationId: theirs.invitationId })).toMatchObject(notFound);
    expect(await changeMemberRoleAction({ membershipId: otherOwnerRow.id, role: "viewer" })).toMatchObject(notFound);
    expect(await removeMemberAction({ membershipId: otherOwnerRow.id })).toMatchObject(notFound);
    expect(await t.db.invitation.findUniqueOrThrow({ where: { id: theirs.invitationId } })).toMatchObject({ revokedAt: null });
    expect((await membership(other.userId, other.workspaceId))?.role).toBe("owner");
    const listed = await listMembersAndInvitations({ db: t.db, workspaceId: owner.workspaceId });
    expect(listed.invitations.map((i) => i.email)).not.toContain("theirs@example.test");
  });

  it.each(["member", "viewer"] as const)("a %s calling the admin actions gets FORBIDDEN", async (role) => {
    const user = await createMember(t.db, owner.workspaceId, { role });
    const pending = await invite(`for-${role}@example.test`);
    const someone = (await membership(owner.userId))!;
    as(user.id);
    request.cookies.set(ACTIVE_WORKSPACE_COOKIE, owner.workspaceId);
    const forbidden = { ok: false, error: { code: "FORBIDDEN" } };
    expect(await inviteMemberAction({ email: "x@example.test", role: "viewer" })).toMatchObject(forbidden);
    expect(await resendInvitationAction({ invitationId: pending.invitationId })).toMatchObject(forbidden);
    expect(await revokeInvitationAction({ invitationId: pending.invitationId })).toMatchObject(forbidden);
    expect(await changeMemberRoleAction({ membershipId: someone.id, role: "viewer" })).toMatchObject(forbidden);
    expect(await removeMemberAction({ membershipId: someone.id })).toMatchObject(forbidden);
  });

  it("with SMTP the invitation is emailed in the inviter's language with the link", async () => {
    await t.db.user.update({ where: { id: owner.userId }, data: { locale: "zh-CN" } });
    const sent = await inviteMember({
      db: t.db,
      workspaceId: owner.workspaceId,
      actor: { userId: owner.userId, role: "owner" },
      input: { email: "mailed@example.test", role: "viewer" },
      transport: smtp.transport,
    });
    await t.db.user.update({ where: { id: owner.userId }, data: { locale: null } });
    expect(sent.emailed).toBe(true);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toMatchObject({ text: "mailed@example.test" });
    expect(mail.subject).toContain("邀请你加入");
    expect(mail.text).toContain(sent.link);
    expect(mail.html).toContain(sent.link);
  });
});
