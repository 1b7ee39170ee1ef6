import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { uploadLimitMb } from "./lib/config/upload-limit";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Just above the app's own upload limit, so a file over it gets the app's message
  // ("The file is N MB; the limit is M MB") rather than Next.js's bare refusal.
  experimental: { serverActions: { bodySizeLimit: `${uploadLimitMb + 1}mb` } },
  // WASM and native database drivers must be loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "pg",
    "proper-lockfile",
  ],
};

export default withNextIntl(nextConfig);
