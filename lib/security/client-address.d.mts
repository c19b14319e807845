// Types of client-address.mjs (plain JavaScript, since scripts/serve-next.mjs imports it outside the app's bundle).
import type { IncomingMessage } from "node:http";
import type { BlockList } from "node:net";

export const CLIENT_ADDRESS_HEADER: "x-atlas-client-address";
export function normalizeAddress(value: unknown): string | null;
export function parseTrustedProxies(text: string | undefined | null): BlockList | null;
export function resolveClientAddress(input: {
  socketAddress: string | undefined | null;
  forwardedFor: string | undefined | null;
  trustedProxies: BlockList | null;
}): string | null;
export function addressGroup(address: string): string;
export function stampClientAddress(
  request: Pick<IncomingMessage, "headers" | "socket">,
  trustedProxies: BlockList | null,
): string | null;
