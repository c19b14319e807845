import "server-only";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { cookies, headers } from "next/headers";
import { getAuth } from "./auth";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address.mjs";
import { authOrigins } from "./origins";

// The client address goes on as the header scripts/serve-next.mjs set, which better-auth reads (lib/auth/auth.ts).
const FORWARDED = [
  "origin",
  "referer",
  "cookie",
  "user-agent",
  CLIENT_ADDRESS_HEADER,
  "accept-language",
  "sec-fetch-site",
];

/** The answer's status, its error code, and the signed-in user's id (a successful sign-in). */
export type EndpointResult = { status: number; code: string | null; userId: string | null };

/**
 * Calls a better-auth endpoint from a server action through its HTTP handler, not through `auth.api`, so the
 * request passes the same rate limiter (counters in the database) and origin checks as a browser's request.
 * Cookies the endpoint sets are passed on to the response.
 */
export async function callAuthEndpoint(
  path: "/sign-in/email" | "/request-password-reset",
  body: Record<string, unknown>,
): Promise<EndpointResult> {
  const incoming = await headers();
  const forwarded = new Headers({ "content-type": "application/json" });
  for (const name of FORWARDED) {
    const value = incoming.get(name);
    if (value) forwarded.set(name, value);
  }
  const request = new Request(`${authOrigins().baseURL}/api/auth${path}`, {
    method: "POST",
    headers: forwarded,
    body: JSON.stringify(body),
  });
  const response = await getAuth().handler(request);
  const jar = await cookies();
  for (const setCookie of response.headers.getSetCookie()) {
    for (const [name, attributes] of parseSetCookieHeader(setCookie))
      jar.set(name, attributes.value, toCookieOptions(attributes));
  }
  const json = (await response.json().catch(() => null)) as { code?: unknown; user?: { id?: unknown } } | null;
  return {
    status: response.status,
    code: typeof json?.code === "string" ? json.code : null,
    userId: typeof json?.user?.id === "string" ? json.user.id : null,
  };
}
