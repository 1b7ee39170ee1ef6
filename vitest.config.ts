import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    // A fixed key for secrets at rest: without it the key is derived from the auth secret,
    // which in tests would mean writing a development secret into the working copy's .data.
    env: { SECRETS_KEY: "7e57".repeat(16) },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own databases; two at a time fits the 2-core machines.
    maxWorkers: 2,
  },
});
