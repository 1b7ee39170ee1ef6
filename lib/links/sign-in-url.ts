import { toInAppPath } from "@/lib/links/in-app-path";

/** Set by proxy.ts on every request: the path and query the browser asked for. */
export const requestPathHeader = "x-asinradar-path";

/** The sign-in page, returning to `callbackPath` afterwards when that is an in-app path. */
export function signInUrl(callbackPath: string | null | undefined): string {
  const path = toInAppPath(callbackPath);
  // The dashboard is where signing in goes anyway: a plain /sign-in reads better.
  return path && path !== "/" && path !== "/dashboard" ? `/sign-in?${new URLSearchParams({ callbackUrl: path })}` : "/sign-in";
}
