import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { marketplaceForHost, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";

// A local server that speaks enough of the Apify REST API (v2) for apify-client v2: start a
// run, poll it, read its dataset. Each run's outcome comes from a per-test script that sees
// the ASINs and marketplace the run was asked for. Requests are recorded for assertions.

type TerminalStatus = "SUCCEEDED" | "FAILED" | "TIMED-OUT" | "ABORTED";

type ScriptedRunRequest = {
  /** 0 for the first run this server started. */
  runIndex: number;
  actorId: string;
  input: unknown;
  /** ASINs parsed from the input's product URLs (…/dp/<ASIN>), in order. */
  asins: string[];
  /** Marketplace of the product URLs' domain (undefined if none or mixed). */
  marketplace: MarketplaceCode | undefined;
  /** Keywords of search-page URLs (…/s?k=<keyword>), in order. */
  keywords: string[];
  query: Record<string, string>;
};

export type ScriptedRunOutcome = {
  items?: unknown[];
  status?: TerminalStatus;
  statusMessage?: string;
  /** Omitted from the run object when undefined or null, as Apify does for non-owners. */
  usageTotalUsd?: number | null;
  /** How long the run stays RUNNING (default 20 ms). */
  durationMs?: number;
};

export type ApifyRunScript = (run: ScriptedRunRequest) => ScriptedRunOutcome | Promise<ScriptedRunOutcome>;

type ApifyRoute = "start-run" | "get-run" | "dataset-items" | "actor" | "log" | "unknown";

type RecordedRequest = {
  route: ApifyRoute;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage["headers"];
  body: unknown;
  status: number;
};

type StoredRun = {
  id: string;
  actorId: string;
  datasetId: string;
  request: ScriptedRunRequest;
  outcome: ScriptedRunOutcome;
  startedAt: Date;
  finishAt: number;
};

export type ApifyTestServer = {
  /** Server root for apify-client's `baseUrl` (the client appends /v2). */
  baseUrl: string;
  token: string;
  requests: RecordedRequest[];
  runs: StoredRun[];
  setScript(script: ApifyRunScript): void;
  /** Answers `status` (default 500) to the next `count` requests of a route. */
  failNext(route: ApifyRoute, count: number, status?: number): void;
  close(): Promise<void>;
};

export type ApifyTestServerOptions = {
  token?: string;
  script?: ApifyRunScript;
  /** Longest a `waitForFinish` poll is held open (the real API holds up to 60 s). */
  maxHoldMs?: number;
  /** Fixed port (e.g. for the end-to-end app to point at); default: any free port. */
  port?: number;
};

/** A script answering each asked ASIN with the catalog items whose `originalAsin` matches. */
export function answerFromItems(
  catalog: readonly unknown[],
  extra: Omit<ScriptedRunOutcome, "items"> = {},
): ApifyRunScript {
  return ({ asins }) => ({
    ...extra,
    items: catalog.filter((item) => {
      if (typeof item !== "object" || item === null) return false;
      const asked = (item as { originalAsin?: unknown; asin?: unknown }).originalAsin ?? (item as { asin?: unknown }).asin;
      return typeof asked === "string" && asins.includes(asked);
    }),
  });
}

function parseInputUrls(input: unknown): { asins: string[]; keywords: string[]; marketplace: MarketplaceCode | undefined } {
  const sources = (input as { categoryOrProductUrls?: unknown } | null)?.categoryOrProductUrls;
  const urls = (Array.isArray(sources) ? sources : [])
    .map((s: unknown) => (typeof s === "string" ? s : (s as { url?: unknown } | null)?.url))
    .filter((u): u is string => typeof u === "string");
  const asins: string[] = [];
  const keywords: string[] = [];
  const markets = new Set<MarketplaceCode | undefined>();
  for (const url of urls) {
    const parsed = new URL(url);
    markets.add(marketplaceForHost(parsed.hostname));
    const asin = /\/dp\/([A-Z0-9]{10})/i.exec(parsed.pathname)?.[1];
    if (asin) asins.push(asin.toUpperCase());
    const keyword = parsed.pathname === "/s" ? parsed.searchParams.get("k") : null;
    if (keyword) keywords.push(keyword);
  }
  return { asins, keywords, marketplace: markets.size === 1 ? [...markets][0] : undefined };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let raw = Buffer.concat(chunks);
  if (raw.length === 0) return undefined;
  // apify-client compresses bodies of 1 KB and more (brotli since v2.24, gzip before).
  const encoding = req.headers["content-encoding"];
  if (encoding === "gzip") raw = gunzipSync(raw);
  else if (encoding === "br") raw = brotliDecompressSync(raw);
  else if (encoding === "deflate") raw = inflateSync(raw);
  const text = raw.toString("utf8");
  return (req.headers["content-type"] ?? "").includes("json") ? JSON.parse(text) : text;
}

// The REST routes apify-client calls, first match wins.
const routes: Array<[method: string, pattern: RegExp, route: ApifyRoute, extra?: string]> = [
  ["POST", /^\/v2\/(?:acts|actors)\/([^/]+)\/runs$/, "start-run"],
  ["GET", /^\/v2\/actor-runs\/([^/]+)\/log$/, "log"],
  ["GET", /^\/v2\/actor-runs\/([^/]+)\/dataset\/items$/, "dataset-items", "run"],
  ["GET", /^\/v2\/actor-runs\/([^/]+)$/, "get-run"],
  ["GET", /^\/v2\/datasets\/([^/]+)\/items$/, "dataset-items"],
  ["GET", /^\/v2\/(?:acts|actors)\/([^/]+)$/, "actor"],
];

function routeOf(method: string, path: string): { route: ApifyRoute; params: string[] } {
  for (const [m, pattern, route, extra] of routes) {
    const match = m === method ? pattern.exec(path) : null;
    if (match) return { route, params: extra ? [match[1]!, extra] : [match[1]!] };
  }
  return { route: "unknown", params: [] };
}

export async function startApifyTestServer(options: ApifyTestServerOptions = {}): Promise<ApifyTestServer> {
  const token = options.token ?? "test-token";
  const maxHoldMs = options.maxHoldMs ?? 1000;
  let script: ApifyRunScript = options.script ?? (() => ({}));
  const requests: RecordedRequest[] = [];
  const runs: StoredRun[] = [];
  const faults = new Map<ApifyRoute, { count: number; status: number }>();
  // Held polls, so close() can release them at once instead of waiting them out.
  const holds = new Map<NodeJS.Timeout, () => void>();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        holds.delete(timer);
        resolve();
      }, ms);
      holds.set(timer, resolve);
    });

  const runView = (run: StoredRun) => {
    const finished = Date.now() >= run.finishAt;
    const { usageTotalUsd } = run.outcome;
    return {
      id: run.id,
      actId: run.actorId.replace("/", "~"),
      userId: "test-user",
      actorTaskId: null,
      startedAt: run.startedAt.toISOString(),
      finishedAt: finished ? new Date(run.finishAt).toISOString() : null,
      status: finished ? (run.outcome.status ?? "SUCCEEDED") : "RUNNING",
      statusMessage: finished ? (run.outcome.statusMessage ?? null) : "Crawling",
      meta: { origin: "API" },
      stats: { inputBodyLen: 0, restartCount: 0, resurrectCount: 0, computeUnits: 0 },
      options: { build: "latest", timeoutSecs: Number(run.request.query.timeout ?? 3600), memoryMbytes: 1024, diskMbytes: 2048 },
      buildId: "test-build",
      buildNumber: "0.0.1",
      defaultKeyValueStoreId: `kvs-${run.id}`,
      defaultDatasetId: run.datasetId,
      defaultRequestQueueId: `rq-${run.id}`,
      generalAccess: "FOLLOW_USER_SETTING",
      containerUrl: `http://127.0.0.1/${run.id}`,
      ...(usageTotalUsd === undefined || usageTotalUsd === null ? {} : { usageTotalUsd }),
    };
  };

  // The client polls without sleeping and relies on the server to hold the request.
  const holdUntilFinished = async (run: StoredRun, waitSecs: number) => {
    const wait = Math.min(run.finishAt - Date.now(), waitSecs * 1000, maxHoldMs);
    if (wait > 0) await sleep(wait);
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(body));
    return status;
  };
  const sendError = (res: ServerResponse, status: number, type: string, message: string) =>
    send(res, status, { error: { type, message } });

  const handle = async (req: IncomingMessage, res: ServerResponse, record: RecordedRequest): Promise<number> => {
    const { route, params } = routeOf(record.method, record.path);
    record.route = route;
    const fault = faults.get(route);
    if (fault && fault.count > 0) {
      fault.count--;
      return sendError(res, fault.status, "internal-server-error", `injected failure of ${route}`);
    }
    if (req.headers.authorization !== `Bearer ${token}` && record.query.token !== token) {
      return sendError(res, 401, "token-not-provided", "Authentication token was not provided or is invalid");
    }

    if (route === "start-run") {
      const actorId = decodeURIComponent(params[0]).replace("~", "/");
      const request: ScriptedRunRequest = {
        runIndex: runs.length,
        actorId,
        input: record.body,
        ...parseInputUrls(record.body),
        query: record.query,
      };
      const outcome = await script(request);
      const id = `run${String(runs.length + 1).padStart(3, "0")}`;
      const run: StoredRun = {
        id,
        actorId,
        datasetId: `dataset-${id}`,
        request,
        outcome,
        startedAt: new Date(),
        finishAt: Date.now() + (outcome.durationMs ?? 20),
      };
      runs.push(run);
      await holdUntilFinished(run, Number(record.query.waitForFinish ?? 0));
      return send(res, 201, { data: runView(run) }, { location: `/v2/actor-runs/${id}` });
    }

    const run = runs.find((r) => r.id === params[0] || (route === "dataset-items" && params[1] !== "run" && r.datasetId === params[0]));
    if (route === "get-run") {
      if (!run) return sendError(res, 404, "record-not-found", "Actor run was not found");
      await holdUntilFinished(run, Math.min(Number(record.query.waitForFinish ?? 0), 60));
      return send(res, 200, { data: runView(run) });
    }
    if (route === "dataset-items") {
      if (!run) return sendError(res, 404, "record-not-found", "Dataset was not found");
      const all = run.outcome.items ?? [];
      const offset = Number(record.query.offset ?? 0);
      const limit = Number(record.query.limit ?? 0) || all.length; // limit 0 = no limit
      const clean = record.query.clean === "1" || record.query.clean === "true";
      // Like Apify, offset/limit select raw items first; `clean` then drops empty items and
      // hidden (#-prefixed) fields, so a page can hold fewer items than `limit`.
      let page = all.slice(offset, offset + limit);
      if (clean) page = page.filter((item) => typeof item === "object" && item !== null && Object.keys(item).length > 0);
      if (clean) page = page.map((item) => Object.fromEntries(Object.entries(item as object).filter(([k]) => !k.startsWith("#"))));
      return send(res, 200, page, {
        "x-apify-pagination-offset": String(offset),
        "x-apify-pagination-limit": String(limit),
        "x-apify-pagination-count": String(page.length),
        "x-apify-pagination-total": String(all.length),
      });
    }
    if (route === "actor") {
      const id = decodeURIComponent(params[0]);
      return send(res, 200, { data: { id, name: id.split(/[~/]/).pop() } });
    }
    if (route === "log") {
      // apify-client reads `?stream=1` as a raw stream and cannot parse an error body there,
      // so a 404 would surface as an unhandled "Unexpected error" from call(): stream an
      // empty log instead, as for a run that printed nothing. Other log reads get the 404.
      if (record.query.stream !== "1") return sendError(res, 404, "record-not-found", "Log was not found");
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      res.end();
      return 200;
    }
    return sendError(res, 404, "page-not-found", `No route for ${record.method} ${record.path}`);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const record: RecordedRequest = {
      route: "unknown",
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: undefined,
      status: 0,
    };
    requests.push(record);
    readBody(req)
      .then((body) => {
        record.body = body;
        return handle(req, res, record);
      })
      .then((status) => {
        record.status = status;
      })
      .catch((error: unknown) => {
        if (res.headersSent) return;
        record.status = sendError(res, 400, "invalid-request", error instanceof Error ? error.message : String(error));
      });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    token,
    requests,
    runs,
    setScript(next) {
      script = next;
    },
    failNext(route, count, status = 500) {
      faults.set(route, { count, status });
    },
    async close() {
      for (const [timer, release] of holds) {
        clearTimeout(timer);
        release();
      }
      holds.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
