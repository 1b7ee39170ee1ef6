import "../support/next-request-mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as openWorkspace } from "@/app/api/workspaces/[workspaceId]/open/route";
import WorkspaceLinkPage from "@/app/w/[workspaceId]/[[...path]]/page";
import { findRecordWorkspace, notFoundUnlessInOtherWorkspace } from "@/lib/links/find-record-workspace";
import { resolveWorkspaceLink } from "@/lib/links/resolve-workspace-link";
import { createUserWithWorkspace } from "../support/factories";
import { createGroupWithProducts } from "../support/group-factory";
import { request } from "../support/next-request-mocks";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

// Which workspace a /w link made active: the real cookie write needs a Next.js request.
const activated = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/auth/active-workspace", () => ({
  setActiveWorkspaceCookie: async (workspaceId: string) => void activated.push(workspaceId),
}));

/** What a page or route did: Next.js's redirect() and notFound() throw errors with a digest. */
async function outcome(run: () => Promise<unknown>): Promise<{ redirect: string } | { notFound: true } | { returned: unknown }> {
  try {
    return { returned: await run() };
  } catch (err) {
    const digest = String((err as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT;")) return { redirect: digest.split(";")[2]! };
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { notFound: true };
    throw err;
  }
}

describe.each(testDatabaseKinds())("workspace links on %s", (kind) => {
  let t: TestDatabase;
  let alice: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let bob: Awaited<ReturnType<typeof createUserWithWorkspace>>;
  let second: string;
  let secondProduct: string;
  let secondGroup: string;
  let secondCategory: string;
  let bobProduct: string;
  let bobGroup: string;
  let bobCategory: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    alice = await createUserWithWorkspace(t.db, { name: "Alice" });
    bob = await createUserWithWorkspace(t.db, { name: "Bob" });
    // Alice is also a member of a second workspace; Bob is in neither of hers.
    second = (await t.db.workspace.create({ data: { name: "Alice EU", memberships: { create: { userId: alice.userId, role: "viewer" } } } })).id;
    const secondSet = await createGroupWithProducts(t.db, second, { competitors: 1 });
    secondProduct = secondSet.main.id;
    secondGroup = secondSet.group.id;
    secondCategory = (await t.db.keywordCategory.create({ data: { workspaceId: second, name: "Mugs", marketplace: "DE", keywords: ["mug"] } })).id;
    const bobSet = await createGroupWithProducts(t.db, bob.workspaceId, { competitors: 1 });
    bobProduct = bobSet.main.id;
    bobGroup = bobSet.group.id;
    bobCategory = (await t.db.keywordCategory.create({ data: { workspaceId: bob.workspaceId, name: "Pans", marketplace: "US", keywords: ["pan"] } })).id;
  });
  afterAll(() => t.close());
  beforeEach(() => {
    request.reset(t.db);
    activated.length = 0;
  });

  describe("resolveWorkspaceLink", () => {
    it("opens the path in a workspace the user is a member of", async () => {
      const link = await resolveWorkspaceLink({ db: t.db, userId: alice.userId, workspaceId: second, target: `/products/${secondProduct}?at=2026-12-01T10%3A00%3A00.000Z` });
      expect(link).toEqual({ kind: "open", workspaceId: second, location: `/products/${secondProduct}?at=2026-12-01T10%3A00%3A00.000Z` });
      expect(await resolveWorkspaceLink({ db: t.db, userId: alice.userId, workspaceId: second, target: "/settings/notifications" })).toEqual({
        kind: "open",
        workspaceId: second,
        location: "/settings/notifications",
      });
      expect(await resolveWorkspaceLink({ db: t.db, userId: alice.userId, workspaceId: second, target: "" })).toMatchObject({ location: "/dashboard" });
    });

    it("sends a signed-out visitor to sign in and back to the same link", async () => {
      const link = await resolveWorkspaceLink({ db: t.db, userId: null, workspaceId: second, target: `/products/${secondProduct}?range=30d` });
      expect(link.kind).toBe("sign-in");
      const location = new URL((link as { location: string }).location, "http://app.test");
      expect(location.pathname).toBe("/sign-in");
      expect(location.searchParams.get("callbackUrl")).toBe(`/w/${second}/products/${secondProduct}?range=30d`);
    });

    it("is not found for a stranger's workspace, a missing one, or a target that leaves the app", async () => {
      expect(await resolveWorkspaceLink({ db: t.db, userId: bob.userId, workspaceId: second, target: `/products/${secondProduct}` })).toEqual({ kind: "not-found" });
      expect(await resolveWorkspaceLink({ db: t.db, userId: alice.userId, workspaceId: "cnosuchworkspace000000000", target: "/dashboard" })).toEqual({ kind: "not-found" });
      expect(await resolveWorkspaceLink({ db: t.db, userId: alice.userId, workspaceId: "../settings", target: "/dashboard" })).toEqual({ kind: "not-found" });
      for (const target of ["//evil.example", "/\\evil.example", "/%2F%2Fevil.example", "/..//evil.example"]) {
        expect(await resolveWorkspaceLink({ db: t.db, userId: alice.userId, workspaceId: second, target })).toEqual({ kind: "not-found" });
        // Signed out too: an unsafe link is not bounced through the sign-in page.
        expect(await resolveWorkspaceLink({ db: t.db, userId: null, workspaceId: second, target })).toEqual({ kind: "not-found" });
      }
    });
  });

  describe("the /w page and the route that switches workspace", () => {
    const page = (workspaceId: string, path: string[], query: Record<string, string> = {}) =>
      outcome(() => WorkspaceLinkPage({ params: Promise.resolve({ workspaceId, path }), searchParams: Promise.resolve(query) }));
    const open = (workspaceId: string, to: string) =>
      outcome(async () => {
        const { NextRequest } = await import("next/server");
        return openWorkspace(new NextRequest(`http://app.test/api/workspaces/${workspaceId}/open?to=${encodeURIComponent(to)}`), { params: Promise.resolve({ workspaceId }) });
      });

    it("a member goes through the switch to the path, and the workspace becomes active", async () => {
      request.userId = alice.userId;
      const first = await page(second, ["products", secondProduct], { at: "2026-12-01T10:00:00.000Z" });
      expect(first).toEqual({ redirect: `/api/workspaces/${second}/open?to=${encodeURIComponent(`/products/${secondProduct}?at=2026-12-01T10%3A00%3A00.000Z`)}` });
      expect(await open(second, `/products/${secondProduct}?at=2026-12-01T10%3A00%3A00.000Z`)).toEqual({ redirect: `/products/${secondProduct}?at=2026-12-01T10%3A00%3A00.000Z` });
      expect(activated).toEqual([second]);
    });

    it("an encoded slash in a segment stays a segment, not a way off the site", async () => {
      request.userId = alice.userId;
      expect(await page(second, ["/evil.example"])).toEqual({ notFound: true });
      expect(await page(second, ["", "evil.example"])).toEqual({ notFound: true });
      expect(await open(second, "//evil.example")).toEqual({ notFound: true });
      expect(activated).toEqual([]);
    });

    it("a non-member gets the not-found page and the switch refuses them", async () => {
      request.userId = bob.userId;
      expect(await page(second, ["products", secondProduct])).toEqual({ notFound: true });
      expect(await open(second, `/products/${secondProduct}`)).toEqual({ notFound: true });
      expect(activated).toEqual([]);
    });

    it("a signed-out visitor is sent to sign in with the /w link to come back to", async () => {
      const result = await page(second, ["settings", "notifications"]);
      expect(result).toEqual({ redirect: `/sign-in?callbackUrl=${encodeURIComponent(`/w/${second}/settings/notifications`)}` });
      expect(await open(second, "/settings/notifications")).toEqual(result);
      expect(activated).toEqual([]);
    });
  });

  describe("an id from another workspace", () => {
    it("is found among the user's own workspaces only", async () => {
      expect(await findRecordWorkspace({ db: t.db, userId: alice.userId, kind: "product", id: secondProduct })).toBe(second);
      expect(await findRecordWorkspace({ db: t.db, userId: alice.userId, kind: "group", id: secondGroup })).toBe(second);
      expect(await findRecordWorkspace({ db: t.db, userId: alice.userId, kind: "category", id: secondCategory })).toBe(second);
      expect(await findRecordWorkspace({ db: t.db, userId: alice.userId, kind: "product", id: bobProduct })).toBeNull();
      expect(await findRecordWorkspace({ db: t.db, userId: alice.userId, kind: "group", id: bobGroup })).toBeNull();
      expect(await findRecordWorkspace({ db: t.db, userId: alice.userId, kind: "category", id: bobCategory })).toBeNull();
      // Bob cannot learn that Alice's second workspace holds the product.
      expect(await findRecordWorkspace({ db: t.db, userId: bob.userId, kind: "product", id: secondProduct })).toBeNull();
    });

    it("redirects a member through that workspace's /w link, and is 404 for everyone else", async () => {
      const aliceCtx = { db: t.db, userId: alice.userId, workspaceId: alice.workspaceId };
      const path = `/products/${secondProduct}/alerts`;
      expect(await outcome(() => notFoundUnlessInOtherWorkspace({ ctx: aliceCtx, kind: "product", id: secondProduct, path }))).toEqual({ redirect: `/w/${second}${path}` });
      expect(await outcome(() => notFoundUnlessInOtherWorkspace({ ctx: aliceCtx, kind: "category", id: secondCategory, path: `/discovery/categories/${secondCategory}` }))).toEqual({
        redirect: `/w/${second}/discovery/categories/${secondCategory}`,
      });
      expect(await outcome(() => notFoundUnlessInOtherWorkspace({ ctx: aliceCtx, kind: "group", id: bobGroup, path: `/groups/${bobGroup}` }))).toEqual({ notFound: true });
      const bobCtx = { db: t.db, userId: bob.userId, workspaceId: bob.workspaceId };
      expect(await outcome(() => notFoundUnlessInOtherWorkspace({ ctx: bobCtx, kind: "product", id: secondProduct, path }))).toEqual({ notFound: true });
      // Already in that workspace and still not found (a deleted record): no redirect loop.
      const inSecond = { ...aliceCtx, workspaceId: second };
      expect(await outcome(() => notFoundUnlessInOtherWorkspace({ ctx: inSecond, kind: "product", id: "cdeleted", path: "/products/cdeleted" }))).toEqual({ notFound: true });
    });
  });
});
