// The headers every response carries, built in one place (proxy.ts sets them on pages, API
// routes and error pages alike). The CSP allows scripts only with this request's nonce (Next.js
// and next-themes put it on their own scripts); 'strict-dynamic' lets those load their chunks.
// Styles allow inline because React style attributes and chart libraries set them; scripts,
// the real XSS risk, do not.
export function securityHeaders({ nonce, https, dev }: { nonce: string; https: boolean; dev: boolean }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // Product photos come from Amazon's image hosts, which vary by marketplace.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Browsers ignore HSTS over plain http; sending it only over https keeps a LAN install on
    // http from being told to insist on a certificate it does not have.
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** Whether the browser reached us over https (directly, or through a proxy that says so). */
export function isHttpsRequest(forwardedProto: string | null, directHttps = false): boolean {
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return proto ? proto === "https" : directHttps;
}
