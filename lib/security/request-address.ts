// The client's address as the app reads it: only from the header scripts/serve-next.mjs sets from the socket
// (never from X-Forwarded-For, which the client writes). Null when the app runs without that server.
import { CLIENT_ADDRESS_HEADER, normalizeAddress } from "./client-address.mjs";

export function clientAddressOf(requestHeaders: Pick<Headers, "get">): string | null {
  return normalizeAddress(requestHeaders.get(CLIENT_ADDRESS_HEADER));
}
