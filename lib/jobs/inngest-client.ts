import { Inngest } from "inngest";

// Runs in dev mode with INNGEST_DEV=1 (local `npx inngest-cli@latest dev`), in cloud mode
// with INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY. Interactive paths never depend on it.
export const inngest = new Inngest({ id: "asin-radar" });
