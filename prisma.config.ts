import { defineConfig } from "prisma/config";

// The app connects through driver adapters (lib/db); this config only tells the Prisma CLI
// where the schema and migrations are. Migrations are applied by scripts/db-migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
