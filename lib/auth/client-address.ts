// The client's address for throttling and the sessions list. Next.js fills X-Forwarded-For
// with the socket address only when the request has none, and a reverse proxy appends the
// address it saw, so the last entry is the one the nearest trusted hop vouches for. Reached
// directly (no proxy), a client can send its own header: the per-address limit is then
// advisory, and the per-account limits, which do not depend on it, still hold.
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last?.slice(0, 64) || "unknown";
}

export function userAgentOf(headers: Headers | Record<string, string | string[] | undefined> | undefined): string | null {
  const raw = headers instanceof Headers ? headers.get("user-agent") : headers?.["user-agent"];
  return (Array.isArray(raw) ? raw[0] : raw) ?? null;
}
