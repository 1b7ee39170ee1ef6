export const dynamic = "force-dynamic";

// Public liveness for load balancers and uptime checks: it answers, so the app is up. The
// database and scheduler details belong to an admin key (/api/v1/health/detailed, later).
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
