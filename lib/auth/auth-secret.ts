import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readEnv } from "@/lib/config/env";

let cached: string | undefined;

// With no AUTH_SECRET the app must still start for a newcomer, so it makes one and keeps it
// in the data folder: sessions then survive restarts. Production deployments set their own.
export function getAuthSecret(): string {
  if (cached) return cached;
  const env = readEnv();
  if (env.authSecret) {
    cached = env.authSecret;
    return cached;
  }

  const file = path.join(env.dataDir, "auth-secret");
  if (fs.existsSync(file)) {
    cached = fs.readFileSync(file, "utf8").trim();
  } else {
    fs.mkdirSync(env.dataDir, { recursive: true });
    cached = crypto.randomBytes(32).toString("base64url");
    // "wx" fails if another process wrote it meanwhile; then use theirs.
    try {
      fs.writeFileSync(file, cached, { mode: 0o600, flag: "wx" });
    } catch {
      cached = fs.readFileSync(file, "utf8").trim();
    }
  }
  console.warn(
    `[auth] AUTH_SECRET is not set: using a development secret kept in ${file}. Set AUTH_SECRET in production.`,
  );
  return cached;
}
