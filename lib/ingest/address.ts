import ipaddr from "ipaddr.js";

/**
 * Whether the server may connect to an address on a user's behalf: only public unicast addresses.
 * Loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT (another
 * metadata service), unique-local IPv6, multicast, reserved and the IPv6 forms that embed an IPv4
 * address (mapped, 6to4, NAT64, Teredo) are all refused; a mapped IPv4 address is judged as itself.
 */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return false;
  let addr = ipaddr.parse(bare);
  if (addr.kind() === "ipv6" && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
  return addr.range() === "unicast";
}

/** Whether a text is an IP literal (v4, or v6 with or without brackets) rather than a host name. */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ""));
}
