import { describe, expect, it } from "vitest";
import { isAllowedAddress, isAllowedHostname } from "@/lib/net/address-policy";

const strict = { allowPrivateNetworks: false };
const lan = { allowPrivateNetworks: true };

const publicAddresses = ["8.8.8.8", "93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001:81b::200e"];

// Private on purpose: allowed only with WEBHOOK_ALLOW_PRIVATE_NETWORKS.
const privateAddresses = [
  "127.0.0.1",
  "127.255.255.254",
  "10.0.0.1",
  "172.16.0.1",
  "172.31.255.255",
  "192.168.1.10",
  "169.254.1.1", // link-local
  "100.64.0.1", // CGNAT
  "::1",
  "fe80::1",
  "fc00::1",
  "fd12:3456::1",
  "::ffff:127.0.0.1", // IPv4-mapped, dotted
  "::ffff:7f00:1", // IPv4-mapped, hex
  "::ffff:10.0.0.1",
  "::127.0.0.1", // ipaddr.js reads the dotted IPv4-compatible form as 127.0.0.1
];

// Never, whatever the setting.
const neverAddresses = [
  "169.254.169.254", // cloud metadata
  "::ffff:169.254.169.254",
  "fd00:ec2::254", // AWS metadata over IPv6
  "100.100.100.200", // Alibaba Cloud metadata
  "0.0.0.0",
  "0.1.2.3",
  "::",
  "224.0.0.1",
  "239.255.255.250",
  "ff02::1",
  "255.255.255.255",
  "240.0.0.1",
  "192.0.2.1",
  "198.18.0.1",
  "2001:db8::1",
  "2002:7f00:1::", // 6to4 wrapping 127.0.0.1
  "2002:a00:1::", // 6to4 wrapping 10.0.0.1
  "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo
  "64:ff9b::7f00:1", // NAT64 of 127.0.0.1
  "::7f00:1", // IPv4-compatible (deprecated) 127.0.0.1
];

describe("which addresses a request to a user's URL may reach", () => {
  it.each(publicAddresses)("public %s is allowed", (a) => {
    expect(isAllowedAddress(a, strict)).toBe(true);
    expect(isAllowedAddress(a, lan)).toBe(true);
  });

  it.each(privateAddresses)("private %s is refused, and allowed only with private networks on", (a) => {
    expect(isAllowedAddress(a, strict)).toBe(false);
    expect(isAllowedAddress(a, lan)).toBe(true);
  });

  it.each(neverAddresses)("%s is refused even with private networks on", (a) => {
    expect(isAllowedAddress(a, strict)).toBe(false);
    expect(isAllowedAddress(a, lan)).toBe(false);
  });

  it("refuses anything that is not an IP address", () => {
    for (const a of ["", "localhost", "2130706433", "0x7f.1", "0177.0.0.1", "127.1"]) expect(isAllowedAddress(a, lan)).toBe(false);
  });
});

describe("hostnames before they are resolved", () => {
  it("judges literal IPs (with or without brackets) as addresses", () => {
    expect(isAllowedHostname("[::1]", strict)).toBe(false);
    expect(isAllowedHostname("[::ffff:7f00:1]", strict)).toBe(false);
    expect(isAllowedHostname("127.0.0.1", strict)).toBe(false);
    expect(isAllowedHostname("127.0.0.1", lan)).toBe(true);
    expect(isAllowedHostname("[2606:4700:4700::1111]", strict)).toBe(true);
  });

  it("refuses the metadata service names, in any case and with a trailing dot", () => {
    for (const h of ["metadata.google.internal", "METADATA.google.internal.", "metadata", "metadata.goog"]) {
      expect(isAllowedHostname(h, strict)).toBe(false);
      expect(isAllowedHostname(h, lan)).toBe(false);
    }
  });

  it("lets other names through to the check of their addresses", () => {
    expect(isAllowedHostname("hooks.example.com", strict)).toBe(true);
  });

  it("treats localhost names as loopback without asking the resolver", () => {
    for (const h of ["localhost", "LOCALHOST.", "app.localhost"]) {
      expect(isAllowedHostname(h, strict)).toBe(false);
      expect(isAllowedHostname(h, lan)).toBe(true);
    }
  });
});
