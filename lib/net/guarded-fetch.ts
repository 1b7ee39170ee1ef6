import dns from "node:dns";
import type { LookupFunction } from "node:net";
import { Agent, buildConnector, fetch as undiciFetch } from "undici";
import { readEnv } from "@/lib/config/env";
import { isAllowedAddress, isAllowedHostname, isIpLiteral, type NetworkPolicy } from "@/lib/net/address-policy";

// The one HTTP client for requests to URLs a user typed in (webhooks). Every check happens
// when the socket is opened, on the address actually connected to: a name is resolved once,
// refused if ANY of its addresses is blocked, and the connection goes to the checked address
// — so a name that resolved to a public address when the webhook was saved and to 127.0.0.1
// now (DNS rebinding) is still refused. Redirects are never followed.

/** Resolves a name to every address it has (injectable: tests make a name point anywhere). */
export type HostLookup = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

const systemLookup: HostLookup = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/** Thrown (as the request's cause) when a URL's host or one of its addresses is refused. */
class BlockedAddressError extends Error {
  readonly code = "EBLOCKEDADDRESS";
  constructor(host: string) {
    super(`refused to connect to ${host}: not a public address`);
    this.name = "BlockedAddressError";
  }
}

export function isBlockedAddressError(err: unknown): boolean {
  for (let e = err; e instanceof Error; e = e.cause) if (e instanceof BlockedAddressError) return true;
  return false;
}

function guardedLookup(policy: NetworkPolicy, lookup: HostLookup): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname)
      .then((found) => {
        const addresses = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (addresses.length === 0) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND", hostname });
        if (addresses.some((a) => !isAllowedAddress(a.address, policy))) throw new BlockedAddressError(hostname);
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      })
      .catch((err: NodeJS.ErrnoException) => callback(err, ""));
  };
}

/** A connector that refuses blocked literal IPs and metadata names before dialling, and blocked addresses at lookup. */
function guardedConnector(policy: NetworkPolicy, lookup: HostLookup, connectTimeoutMs: number): buildConnector.connector {
  // Node skips `lookup` for a literal IP, hence the check of the hostname itself first.
  const connect = buildConnector({ timeout: connectTimeoutMs, lookup: guardedLookup(policy, lookup) });
  return (options, callback) => {
    if (!isAllowedHostname(options.hostname, policy)) return callback(new BlockedAddressError(options.hostname), null);
    connect(options, callback);
  };
}

type OutboundRequest = { method: "POST"; headers: Record<string, string>; body: string; signal?: AbortSignal; redirect?: "manual" };
type OutboundResponse = { status: number; body: { cancel(): Promise<void> } | null };
/** What delivery code calls; the guarded client is one, and so is a test's stand-in. */
export type OutboundFetch = (url: string, init: OutboundRequest) => Promise<OutboundResponse>;

export type GuardedFetchOptions = NetworkPolicy & { lookup?: HostLookup; connectTimeoutMs?: number; timeoutMs?: number };

export function createGuardedFetch({ allowPrivateNetworks, lookup = systemLookup, connectTimeoutMs = 5_000, timeoutMs = 10_000 }: GuardedFetchOptions): OutboundFetch {
  const dispatcher = new Agent({
    connect: guardedConnector({ allowPrivateNetworks }, lookup, connectTimeoutMs),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  return async (url, init) => {
    const { protocol } = new URL(url);
    if (protocol !== "http:" && protocol !== "https:") throw new TypeError(`refused to fetch a ${protocol} URL`);
    // undici's own fetch, so the dispatcher is the version it was written for. "manual":
    // a 3xx comes back as the response; its Location is never requested.
    return undiciFetch(url, { ...init, redirect: "manual", dispatcher, signal: init.signal ?? AbortSignal.timeout(timeoutMs) });
  };
}

const SAVE_LOOKUP_TIMEOUT_MS = 5_000;
let shared: OutboundFetch | undefined;

/** The process's guarded client, configured from the environment (WEBHOOK_ALLOW_PRIVATE_NETWORKS). */
export function defaultGuardedFetch(): OutboundFetch {
  shared ??= createGuardedFetch({ allowPrivateNetworks: readEnv().webhookAllowPrivateNetworks });
  return shared;
}

/**
 * For validation when a URL is saved: false when its host is refused or resolves to a refused
 * address. A name that does not resolve (yet) is accepted: the check that counts runs again
 * at every connection, and a receiver's DNS may not exist until after it is configured.
 */
export async function isAllowedDestination(url: URL, { allowPrivateNetworks, lookup = systemLookup }: NetworkPolicy & { lookup?: HostLookup }): Promise<boolean> {
  const policy = { allowPrivateNetworks };
  if (!isAllowedHostname(url.hostname, policy)) return false;
  if (isIpLiteral(url.hostname)) return true;
  const found = await Promise.race([
    lookup(url.hostname).catch(() => []),
    new Promise<[]>((resolve) => setTimeout(() => resolve([]), SAVE_LOOKUP_TIMEOUT_MS).unref()),
  ]);
  return found.every((a) => isAllowedAddress(a.address, policy));
}
