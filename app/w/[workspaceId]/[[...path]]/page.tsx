import { notFound, redirect } from "next/navigation";
import { getSessionUserId } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { resolveWorkspaceLink } from "@/lib/links/resolve-workspace-link";

type Props = {
  params: Promise<{ workspaceId: string; path?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// `/w/<workspaceId>/<path>`, the links emails, webhooks and other workspaces' ids point at.
// A page rather than a route handler so that a non-member gets the app's own not-found page
// with status 404; a page cannot set cookies, so members go on through the route handler
// that switches workspace (app/api/workspaces/[workspaceId]/open) and then to <path>.
export default async function WorkspaceLinkPage({ params, searchParams }: Props) {
  const [{ workspaceId, path = [] }, query] = await Promise.all([params, searchParams]);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of [value ?? []].flat()) search.append(key, v);
  // Next.js hands over decoded segments: encode them again so "%2F" cannot turn into "/".
  const target = `/${path.map(encodeURIComponent).join("/")}${search.size > 0 ? `?${search}` : ""}`;
  const link = await resolveWorkspaceLink({ db: await getDb(), userId: await getSessionUserId(), workspaceId, target });
  if (link.kind === "not-found") notFound();
  if (link.kind === "sign-in") redirect(link.location);
  redirect(`/api/workspaces/${encodeURIComponent(link.workspaceId)}/open?to=${encodeURIComponent(link.location)}`);
}
