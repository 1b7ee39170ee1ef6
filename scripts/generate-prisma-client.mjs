// `prisma generate` insists on locating a schema engine binary even though the
// `prisma-client` generator does not use it, and the binary cannot be downloaded on
// machines without internet access. Pointing the variable at any existing file is enough.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(result.status ?? 1);
