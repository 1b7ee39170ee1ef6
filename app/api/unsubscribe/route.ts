import { handleUnsubscribe } from "@/lib/alerts/unsubscribe-request";
import { readEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

// The target of every alert email's List-Unsubscribe header and footer link. No session:
// the signed token says who and what (lib/alerts/unsubscribe-token.ts).
async function respond(request: Request, method: "GET" | "POST") {
  const url = new URL(request.url);
  try {
    const { status, html } = await handleUnsubscribe({
      db: await getDb(),
      method,
      token: url.searchParams.get("token"),
      acceptLanguage: request.headers.get("accept-language"),
      appUrl: readEnv().appUrl,
    });
    return new Response(html, {
      status,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
    });
  } catch (err) {
    console.error("[unsubscribe] failed", err);
    return new Response("Unsubscribing failed for a moment. Please try the link again later.", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}

export const GET = (request: Request) => respond(request, "GET");
export const POST = (request: Request) => respond(request, "POST");
