// Runs once when the Next.js server starts: open the database and apply pending migrations
// before the first request, so a misconfiguration shows in the log at start, not on a page.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this too; building must not open (and lock) the embedded database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareServer } = await import("./lib/db/prepare-server");
  await prepareServer();
}
