import { z } from "zod";
import { webhookEventSchema } from "@/lib/webhooks/event-schema";

export const WEBHOOK_SCHEMA_FILE = "docs/webhook-v1.schema.json";

/** The published JSON Schema (draft 2020-12) of the v1 body, as written to docs/. */
export function webhookJsonSchemaText(): string {
  const schema = z.toJSONSchema(webhookEventSchema, { target: "draft-2020-12", io: "output" });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
