import { getDatabase } from "@/lib/db/client";
import { checkDatabaseHealth } from "@/lib/db/health";
import { isAppError } from "@/lib/errors/app-error";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const database = await checkDatabaseHealth(await getDatabase());
    return Response.json({ status: "ok", database });
  } catch (err) {
    // Say what is wrong without leaking connection strings or stack traces.
    const error = isAppError(err) ? err.code : "DATABASE_UNREACHABLE";
    console.error("[health] database check failed", err);
    return Response.json({ status: "error", database: { reachable: false, error } }, { status: 503 });
  }
}
