// Usage: npm run docs:webhook-schema
// Writes docs/webhook-v1.schema.json from the zod schemas in lib/webhooks/event-schema.ts.
// lib/webhooks/webhook-json-schema.test.ts fails when the committed file differs.
import fs from "node:fs";
import { WEBHOOK_SCHEMA_FILE, webhookJsonSchemaText } from "@/lib/webhooks/webhook-json-schema";

fs.writeFileSync(WEBHOOK_SCHEMA_FILE, webhookJsonSchemaText());
console.log(`Wrote ${WEBHOOK_SCHEMA_FILE}`);
