import net from "node:net";
import ipaddr from "ipaddr.js";

// Which addresses an outbound request to a user-supplied URL may reach. Only public unicast
// addresses by default: everything else (loopback, RFC 1918, link-local, CGNAT, unique-local,
// multicast, reserved, the IPv6 forms that embed an IPv4 address) can reach the app's own
// host, its database, its cloud's metadata service or the operator's network.

export type NetworkPolicy = {
  /**
   * WEBHOOK_ALLOW_PRIVATE_NETWORKS: a self-hoster's own LAN on purpose. Then loopback, private,
   * link-local, CGNAT and unique-local addresses are allowed too; the cloud metadata
   * addresses, unspecified, multicast, broadcast and reserved ranges never are.
   */
  allowPrivateNetworks: boolean;
};

// Cloud metadata services hand out credentials to anything on the instance that asks.
// 169.254.169.254: AWS, GCP, Azure, OpenStack, DigitalOcean; fd00:ec2::254: AWS over IPv6;
// 100.100.100.200: Alibaba Cloud. Refused even when private networks are allowed.
const metadataAddresses = new Set(["169.254.169.254", "fd00:ec2::254", "100.100.100.200"]);
// Their names, refused before any lookup (a resolver inside the cloud answers them).
const metadataHostnames = new Set(["metadata", "metadata.google.internal", "metadata.goog"]);

const privateRanges = new Set(["loopback", "private", "linkLocal", "carrierGradeNat", "uniqueLocal"]);

/** Whether a request may connect to this IP address (IPv4 or IPv6, no brackets). */
export function isAllowedAddress(address: string, policy: NetworkPolicy): boolean {
  if (net.isIP(address) === 0) return false;
  // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 it reaches.
  const ip = ipaddr.process(address);
  if (metadataAddresses.has(ip.toString())) return false;
  const range = ip.range();
  // ::/96 (IPv4-compatible, deprecated) embeds an IPv4 address that ipaddr.js calls unicast.
  if (range === "unicast") return !(ip.kind() === "ipv6" && ip.toByteArray().slice(0, 12).every((b) => b === 0));
  return policy.allowPrivateNetworks && privateRanges.has(range);
}

/** A URL's hostname as connected to: lower case, without IPv6 brackets or a trailing dot. */
function bareHostname(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/**
 * Whether a hostname may be connected to before it is resolved: a literal IP is judged as an
 * address, a metadata service name is refused, localhost is loopback by definition (RFC 6761,
 * even where the resolver does not know "localhost."), any other name waits for its addresses.
 */
export function isAllowedHostname(hostname: string, policy: NetworkPolicy): boolean {
  const host = bareHostname(hostname);
  if (net.isIP(host) !== 0) return isAllowedAddress(host, policy);
  if (host === "localhost" || host.endsWith(".localhost")) return policy.allowPrivateNetworks;
  return !metadataHostnames.has(host);
}

export function isIpLiteral(hostname: string): boolean {
  return net.isIP(bareHostname(hostname)) !== 0;
}
