// Runs once when the Next.js server starts: check the configuration, open the database and
// apply pending migrations before the first request, so a misconfiguration shows in the log
// at start, not on a page; then start the schedule (the app's own, unless Inngest runs it).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this too; building must not open (and lock) the embedded database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareServer } = await import("./lib/db/prepare-server");
  await prepareServer();
  const { startServerJobs } = await import("./lib/jobs/start-server-jobs");
  await startServerJobs();
}
