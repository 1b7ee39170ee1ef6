import { notFound, redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { setActiveWorkspaceCookie } from "@/lib/auth/active-workspace";
import { getSessionUserId } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { resolveWorkspaceLink } from "@/lib/links/resolve-workspace-link";

// The second step of a /w link (app/w): makes the workspace active and goes to `?to=`. The
// same checks run again here (membership, in-app target), since anyone can call this URL.
export async function GET(request: NextRequest, { params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const target = request.nextUrl.searchParams.get("to") ?? "";
  const link = await resolveWorkspaceLink({ db: await getDb(), userId: await getSessionUserId(), workspaceId, target });
  if (link.kind === "not-found") notFound();
  if (link.kind === "sign-in") redirect(link.location);
  await setActiveWorkspaceCookie(link.workspaceId);
  // A relative Location: behind a reverse proxy request.url may name an internal host.
  redirect(link.location);
}
