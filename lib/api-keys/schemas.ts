import { z } from "zod";
import { plainText } from "@/lib/validation/text";

const apiKeyScopes = ["read", "write"] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

export const createApiKeySchema = z.object({
  name: plainText().trim().min(1).max(80),
  scopes: z.array(z.enum(apiKeyScopes)).min(1).max(apiKeyScopes.length),
  // A date (the key stops working at the start of that day, UTC) or nothing: it never expires.
  expiresAt: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.date().optional()),
});
export type CreateApiKeyInput = z.output<typeof createApiKeySchema>;

export const apiKeyIdSchema = z.object({ id: z.string().min(1).max(40) });
