import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { WEBHOOK_SCHEMA_FILE, webhookJsonSchemaText } from "@/lib/webhooks/webhook-json-schema";
import { webhookEventTypes } from "@/lib/webhooks/event-schema";

describe("published webhook JSON Schema", () => {
  it("docs/webhook-v1.schema.json is what the zod schemas generate (run npm run docs:webhook-schema)", () => {
    expect(fs.readFileSync(WEBHOOK_SCHEMA_FILE, "utf8")).toBe(webhookJsonSchemaText());
  });

  it("docs/webhooks.md lists every event type", () => {
    const docs = fs.readFileSync("docs/webhooks.md", "utf8");
    for (const type of webhookEventTypes) expect(docs, type).toContain(`\`${type}\``);
  });
});
