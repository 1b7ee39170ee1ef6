import { z } from "zod";

// Apify is optional: without a token the app runs on the demo source. An empty value counts
// as unset, as most .env editors leave `KEY=` behind.
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const apifyEnvSchema = z.object({
  APIFY_TOKEN: optional,
  APIFY_ACTOR_ID: optional.pipe(
    // Store actors are "username/actor-name" (or "username~actor-name"); private ones may be a bare id.
    z.string().regex(/^[\w.-]+([/~][\w.-]+)?$/, "must look like username/actor-name or an actor id").optional(),
  ),
  APIFY_BASE_URL: optional.pipe(
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      // apify-client appends /v2 itself; a copied "https://api.apify.com/v2" would become /v2/v2.
      .transform((url) => url.replace(/\/+$/, "").replace(/\/v2$/, ""))
      .optional(),
  ),
  APIFY_BATCH_SIZE: optional.pipe(
    z
      .union([z.undefined(), z.string().regex(/^[1-9]\d*$/, "must be a positive whole number").transform(Number)])
      .optional(),
  ),
});

export type ApifyConfig = {
  token: string;
  actorId: string;
  /** Server root without /v2; undefined = https://api.apify.com. */
  baseUrl: string | undefined;
  batchSize: number;
};

export const defaultApifyActorId = "junglee/amazon-crawler";
// 200 product pages per run: small enough that a failed or timed-out run loses little, large
// enough that the per-run start-up overhead stays small (Apify's own guidance is 200–1,000).
export const defaultApifyBatchSize = 200;

/** Reads the Apify settings; null when no APIFY_TOKEN is set. Throws naming a bad variable. */
export function readApifyConfig(source: Record<string, string | undefined> = process.env): ApifyConfig | null {
  const parsed = apifyEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid Apify configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (!e.APIFY_TOKEN) return null;
  return {
    token: e.APIFY_TOKEN,
    actorId: e.APIFY_ACTOR_ID ?? defaultApifyActorId,
    baseUrl: e.APIFY_BASE_URL,
    batchSize: e.APIFY_BATCH_SIZE ?? defaultApifyBatchSize,
  };
}
