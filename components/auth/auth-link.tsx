import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/** The text links between the sign-in, sign-up and password pages. */
export function AuthLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <Link href={href} className={cn("font-medium text-primary underline-offset-4 hover:underline", className)}>
      {children}
    </Link>
  );
}

/** An auth page's link that keeps the visitor's destination (?callbackUrl=) on the way. */
export function withCallback(href: string, callbackPath: string | null): string {
  return callbackPath ? `${href}?${new URLSearchParams({ callbackUrl: callbackPath })}` : href;
}

/**
 * After signing in, to where the visitor was going. A full navigation, not the router's: a /w
 * link answers with redirects through a route handler that sets the workspace cookie.
 */
export function goAfterSignIn(callbackPath: string): void {
  window.location.replace(callbackPath);
}
