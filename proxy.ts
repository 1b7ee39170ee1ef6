import { type NextRequest, NextResponse } from "next/server";
import { requestPathHeader } from "@/lib/links/sign-in-url";
import { isHttpsRequest, securityHeaders } from "@/lib/security/security-headers";

// Every request but Next's hashed static files gets the security headers and a fresh CSP
// nonce. The CSP goes on the request too: that is how Next.js learns the nonce for its scripts.
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const headers = securityHeaders({
    nonce,
    https: isHttpsRequest(request.headers.get("x-forwarded-proto"), request.nextUrl.protocol === "https:"),
    dev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  // Pages cannot see their own URL; getPageContext reads this to send a signed-out visitor to
  // sign-in and back. Always overwritten, so a client cannot supply its own.
  const search = new URLSearchParams(request.nextUrl.search);
  search.delete("_rsc");
  requestHeaders.set(requestPathHeader, `${request.nextUrl.pathname}${search.size > 0 ? `?${search}` : ""}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
