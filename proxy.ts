import { type NextRequest, NextResponse } from "next/server";
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
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
