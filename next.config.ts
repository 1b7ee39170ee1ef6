import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { uploadLimitMb } from "./lib/config/upload-limit";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// A git worktree may share another checkout's install through a node_modules symlink. Turbopack
// resolves only inside its root, so the root then widens to the folder holding both; a normal
// checkout keeps Next's default.
function sharedInstallRoot(): string | undefined {
  const project = process.cwd();
  let modules: string;
  try {
    modules = path.dirname(fs.realpathSync(path.join(project, "node_modules")));
  } catch {
    return undefined;
  }
  if (modules === project) return undefined;
  let root = modules;
  while (path.relative(root, project).startsWith("..")) root = path.dirname(root);
  return root;
}
const installRoot = sharedInstallRoot();

const nextConfig: NextConfig = {
  ...(installRoot ? { turbopack: { root: installRoot }, outputFileTracingRoot: installRoot } : {}),
  // No "X-Powered-By: Next.js": it tells an attacker which exploits to try first.
  poweredByHeader: false,
  // Static files skip proxy.ts; they still must not be sniffed or framed.
  async headers() {
    return [
      {
        source: "/_next/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
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
