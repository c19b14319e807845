// The client's address, decided once per request from the socket (plain JavaScript: the production server,
// scripts/serve-next.mjs, uses it before Next is involved; the app reads its result from one request header).
// See docs/decisions/0019-client-address.md.
import { BlockList, isIP } from "node:net";

/** Set by scripts/serve-next.mjs on every request (any copy the client sent is removed first). */
export const CLIENT_ADDRESS_HEADER = "x-atlas-client-address";

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/;
const BRACKETED = /^\[([^\]]{1,64})\](?::\d{1,5})?$/;
const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * "203.0.113.9", "203.0.113.9:5123", "[2001:db8::1]:443", "::ffff:203.0.113.9" → the bare address (IPv4-mapped
 * IPv6 as IPv4, IPv6 lower-case, no zone); anything else (garbage, "unknown", host names) → null.
 */
export function normalizeAddress(value) {
  if (typeof value !== "string") return null;
  let text = value.trim();
  if (text.length === 0 || text.length > 80) return null;
  const bracketed = BRACKETED.exec(text);
  if (bracketed) text = bracketed[1];
  const withPort = IPV4_WITH_PORT.exec(text);
  if (withPort) text = withPort[1];
  const mapped = MAPPED_IPV4.exec(text);
  if (mapped) text = mapped[1];
  const zone = text.indexOf("%");
  if (zone !== -1) text = text.slice(0, zone);
  const family = isIP(text);
  if (family === 4 && IPV4.test(text)) return text;
  if (family === 6) return text.toLowerCase();
  return null;
}

/**
 * TRUSTED_PROXIES ("10.0.0.0/8, 192.0.2.10, fd00::/8") as a BlockList; null when empty. Throws on an entry that
 * is neither an address nor a CIDR range, so a typo stops the start instead of trusting nothing (or everything).
 */
export function parseTrustedProxies(text) {
  const entries = (text ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [network, prefix, ...rest] = entry.split("/");
    const address = normalizeAddress(network);
    const family = address ? isIP(address) : 0;
    const bits = prefix === undefined ? (family === 4 ? 32 : 128) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!address || rest.length > 0 || !(bits >= 0 && bits <= (family === 4 ? 32 : 128))) {
      throw new Error(`TRUSTED_PROXIES: "${entry.slice(0, 60)}" is not an IP address or CIDR range`);
    }
    list.addSubnet(address, bits, family === 4 ? "ipv4" : "ipv6");
  }
  return list;
}

const isTrusted = (list, address) => list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");

/**
 * The client's address: the socket's peer unless trusted proxies are configured; then the X-Forwarded-For chain
 * (with the socket's peer as its last hop) is walked from the right and the first hop that is not a trusted proxy
 * is the client. Entries left of it were written by the client and are never read. A hop that is not an address
 * (only a misconfigured trusted proxy can put one there) gives null rather than a value many clients share.
 */
export function resolveClientAddress({ socketAddress, forwardedFor, trustedProxies }) {
  const socket = normalizeAddress(socketAddress);
  if (!socket || !trustedProxies || !isTrusted(trustedProxies, socket)) return socket;
  const hops = typeof forwardedFor === "string" && forwardedFor !== "" ? forwardedFor.split(",") : [];
  let nearest = socket;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) return null;
    if (!isTrusted(trustedProxies, hop)) return hop;
    nearest = hop;
  }
  // Every hop is a trusted proxy (a request from inside, e.g. a health check): the farthest one is the client.
  return nearest;
}

/**
 * Rewrites a Node request's headers before Next sees it: drops any client-sent CLIENT_ADDRESS_HEADER and sets it
 * to the resolved address (absent when there is none).
 */
export function stampClientAddress(request, trustedProxies) {
  delete request.headers[CLIENT_ADDRESS_HEADER];
  const forwarded = request.headers["x-forwarded-for"];
  const address = resolveClientAddress({
    socketAddress: request.socket?.remoteAddress,
    forwardedFor: Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    trustedProxies,
  });
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}

/**
 * What per-address limits count: an IPv4 address as it is, an IPv6 address by its /64 network (one subscriber
 * usually holds a whole /64, so counting single addresses would let them rotate through it), as better-auth does.
 */
export function addressGroup(address) {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.padStart(4, "0"))
    .join(":")}::/64`;
}
