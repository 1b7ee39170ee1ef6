import type { TestProject } from "vitest/node";
import { isPostgresReachable, testDatabaseUrl } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAvailable: boolean;
  }
}

export default async function setup(project: TestProject) {
  const available = await isPostgresReachable();
  if (!available) {
    console.warn(
      `\n[tests] PostgreSQL is not reachable at ${testDatabaseUrl}: integration tests run on PGlite only.\n` +
        `        Set TEST_DATABASE_URL to a server you may create databases on to run them on PostgreSQL too.\n`,
    );
  }
  project.provide("postgresAvailable", available);
}
