/**
 * A link to workspace data that lands wherever it is opened: `/w/<workspaceId>/<path>` is
 * resolved by app/w (membership checked, that workspace made active, then redirected to
 * `<path>`), so an email or webhook link opens the right product even when the browser has
 * another workspace active, is signed out, or is fresh. `path` is an in-app path such as
 * `/products/abc?at=…`; it must start with "/".
 */
export function workspaceUrl(appUrl: string, workspaceId: string, path: string): string {
  if (!path.startsWith("/")) throw new Error(`workspaceUrl: path must start with "/", got ${path}`);
  return `${appUrl.replace(/\/+$/, "")}/w/${encodeURIComponent(workspaceId)}${path}`;
}
