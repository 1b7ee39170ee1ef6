// Runs what the server runs first at start (instrumentation.ts), for start-config.test.ts.
import { prepareServer } from "@/lib/db/prepare-server";

await prepareServer();
console.log("started");
process.exit(0);
