import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";

type WasmGlue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

const GLUE = "@prisma/schema-engine-wasm/schema_engine_bg";
// Shared through globalThis because the wasm-bindgen glue keeps the instance in module state:
// a second instantiation (Next dev re-evaluating this file) would swap it under live engines.
const CACHE_KEY = Symbol.for("asin-radar.schema-engine-wasm");

/** Empty filters: the app has no externally managed tables or enums. */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

type WasmRuntime = {
  glue: WasmGlue;
  // Timers the engine scheduled and never clears (it has no clearTimeout import). Left alone they
  // keep Node alive ~10 s after the work is done, so they are cleared when no engine is in use.
  timers: Set<ReturnType<typeof setTimeout>>;
  activeEngines: number;
};

/**
 * The package's entry does `import * as wasm from "@/lib/db/migrations/x.wasm"`, which Node only allows behind
 * --experimental-wasm-modules and bundlers handle inconsistently. Instantiating the .wasm
 * ourselves against the `_bg.js` glue needs neither. The package "exports" map hides the .wasm,
 * so it is located next to the resolved glue file.
 */
function loadWasmRuntime(): Promise<WasmRuntime> {
  const cache = globalThis as { [CACHE_KEY]?: Promise<WasmRuntime> };
  cache[CACHE_KEY] ??= (async () => {
    const glue: WasmGlue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const runtime: WasmRuntime = { glue, timers: new Set(), activeEngines: 0 };
    const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
    for (const name of Object.keys(glue).filter((k) => k.startsWith("__wbg_setTimeout_"))) {
      imports[name] = (callback: () => void, ms: number) => {
        const timer = setTimeout(() => {
          runtime.timers.delete(timer);
          callback();
        }, ms >>> 0);
        runtime.timers.add(timer);
        return timer;
      };
    }
    const bytes = await readFile(/*turbopackIgnore: true*/ resolveWasmPath());
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime;
  })().catch((err) => {
    delete cache[CACHE_KEY]; // allow a retry instead of caching the failure forever
    throw err;
  });
  return cache[CACHE_KEY];
}

function resolveWasmPath(): string {
  // import.meta.url is right under tsx/vitest; a bundler may rewrite `createRequire(import.meta.url)`
  // into its own module ids, so the project root (cwd of `next start`/standalone) is the fallback.
  const bases = [import.meta.url, path.join(process.cwd(), "package.json")];
  for (const base of bases) {
    try {
      const glueFile = createRequire(base).resolve(GLUE);
      const wasmFile = typeof glueFile === "string" ? path.join(path.dirname(glueFile), "schema_engine_bg.wasm") : "";
      if (wasmFile && existsSync(/*turbopackIgnore: true*/ wasmFile)) return wasmFile;
    } catch {
      // try the next base
    }
  }
  throw new Error(`Cannot locate schema_engine_bg.wasm of ${GLUE}`);
}

function engineLog(...args: unknown[]): void {
  if (process.env.DEBUG_MIGRATIONS) console.error("[schema-engine]", ...args);
}

/**
 * The engine opens connections through the factory but does not reliably dispose them; an
 * undisposed pg Pool keeps Node alive. Every adapter handed out is tracked and disposed once.
 */
function trackAdapters(inner: SqlMigrationAwareDriverAdapterFactory) {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => {
      open.delete(adapter);
      disposed ??= dispose();
      return disposed;
    };
    open.add(adapter);
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
  };
  const disposeAll = async () => {
    await Promise.allSettled([...open].map((a) => a.dispose()));
  };
  return { factory, disposeAll };
}

/**
 * PrismaPGlite (0.7.2) as-is has two problems for migrations:
 * - executeScript does not await `db.exec`, so a failing migration surfaces as an unhandled
 *   rejection while the engine records it as applied;
 * - its shadow database is a PGlite that is never closed.
 * Its adapter's dispose() is a no-op, which is what we want for the app's own instance.
 */
export function pgliteMigrationFactory(db: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(db);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => awaitScripts(await inner.connect(), db),
    connectToShadowDb: async () => {
      const shadow = await PGlite.create(); // in-memory
      const adapter = awaitScripts(await new PrismaPGlite(shadow).connect(), shadow);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.close();
      };
      return adapter;
    },
  };
}

function awaitScripts(adapter: SqlDriverAdapter, db: PGlite): SqlDriverAdapter {
  // onError is the adapter's own mapping of PGlite errors to DriverAdapterError (not in its types).
  const onError = (adapter as unknown as { onError?: (e: unknown) => never }).onError?.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await db.exec(script);
    } catch (err) {
      if (onError) onError(err);
      throw err;
    }
  };
  return adapter;
}

/** Engine errors come back as plain objects from the WASM side; make them real Errors. */
function toError(err: unknown): Error {
  if (err instanceof Error) return err;
  const message =
    typeof err === "object" && err !== null && "message" in err ? String(err.message) : JSON.stringify(err);
  return Object.assign(new Error(message), { cause: err });
}

/**
 * Runs `fn` with a schema engine bound to `factory`, then frees the engine and disposes every
 * connection it opened. `datamodels` are [fileName, schemaText] pairs; applying migrations
 * needs none (the provider comes from the adapter).
 */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  fn: (engine: SchemaEngine) => Promise<T>,
  datamodels?: [string, string][],
): Promise<T> {
  const runtime = await loadWasmRuntime();
  const tracked = trackAdapters(factory);
  let engine: SchemaEngine | undefined;
  runtime.activeEngines++;
  try {
    engine = await runtime.glue.SchemaEngine.new(
      { datamodels },
      engineLog,
      bindMigrationAwareSqlAdapterFactory(tracked.factory),
    );
    return await fn(engine);
  } catch (err) {
    throw toError(err);
  } finally {
    engine?.free();
    await tracked.disposeAll();
    if (--runtime.activeEngines === 0) {
      for (const timer of runtime.timers) clearTimeout(timer);
      runtime.timers.clear();
    }
  }
}
