import path from "node:path";
import { z } from "zod";

// Every variable is optional: with no .env at all the app runs on the embedded database.
// An empty string counts as unset, as most .env editors leave `KEY=` behind.
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const optionalPositiveInt = optional.pipe(
  z.union([z.undefined(), z.string().regex(/^[1-9]\d*$/, "must be a positive whole number").transform(Number)]),
);

const envSchema = z.object({
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgresql://")
      .optional(),
  ),
  DATA_DIR: optional,
  AUTH_SECRET: optional,
  NEXTAUTH_SECRET: optional,
  SIGN_IN_MAX_FAILURES: optionalPositiveInt,
  SIGN_IN_WINDOW_SECONDS: optionalPositiveInt,
});

export type Env = {
  databaseUrl: string | undefined;
  dataDir: string;
  authSecret: string | undefined;
  signIn: { maxFailures: number; windowSeconds: number };
};

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    // The data folder is chosen at run time; tell the bundler not to trace it.
    dataDir: path.resolve(/*turbopackIgnore: true*/ e.DATA_DIR ?? ".data"),
    authSecret: e.AUTH_SECRET ?? e.NEXTAUTH_SECRET,
    signIn: {
      maxFailures: e.SIGN_IN_MAX_FAILURES ?? 5,
      windowSeconds: e.SIGN_IN_WINDOW_SECONDS ?? 15 * 60,
    },
  };
}
