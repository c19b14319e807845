import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { addressGroup } from "@/lib/security/client-address.mjs";

// Development without `npm run serve` may have no secret; production always has one (scripts/start.ts).
const DEVELOPMENT_KEY = "diaspora-atlas-development-only";

/**
 * The client address as a keyed SHA-256 (HMAC with the session secret): the same address gives the same value,
 * so suggestions can be counted per sender, but the address cannot be read back or guessed from a table dump.
 * IPv6 senders are counted by their /64 network.
 */
export function hashIp(ip: string): string {
  const key = env.BETTER_AUTH_SECRET ?? (env.NODE_ENV === "production" ? null : DEVELOPMENT_KEY);
  if (!key) throw new Error("BETTER_AUTH_SECRET is required to hash client addresses");
  return createHmac("sha256", key)
    .update(`suggestion-ip:${addressGroup(ip)}`)
    .digest("hex");
}
