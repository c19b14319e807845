// Every API response goes out through here: JSON with an ETag and caching headers, CORS for any origin,
// 304 for a matching If-None-Match, no body for HEAD.
import { LICENSE_LINK_HEADER } from "@/lib/about/data-license";
import { etagOf, matchesIfNoneMatch } from "./etag";

/** Public data that changes when a moderator approves a revision: a few minutes fresh, then revalidated. */
export const DATA_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";
/** An unknown slug may exist soon (a pending entry); a bad parameter stays bad. */
export const NOT_FOUND_CACHE_CONTROL = "public, max-age=60";
export const ERROR_CACHE_CONTROL = "no-store";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link, Cache-Control",
};

const ALLOWED_METHODS = "GET, HEAD, OPTIONS";
const HEADER_LIST = /^[A-Za-z0-9-]+(\s*,\s*[A-Za-z0-9-]+)*$/;

type JsonOptions = { status?: number; cacheControl: string; headers?: Record<string, string> };

export function jsonResponse(
  request: Request,
  body: unknown,
  { status = 200, cacheControl, headers = {} }: JsonOptions,
): Response {
  const text = JSON.stringify(body);
  const common: Record<string, string> = {
    ...CORS_HEADERS,
    "Cache-Control": cacheControl,
    "X-Robots-Tag": "noindex",
    ...headers,
  };
  if (status !== 200) return send(request, text, status, common);
  // The data's licence travels with every answer that carries data (OpenAPI info.license says it once).
  common.Link = headers.Link ? `${headers.Link}, ${LICENSE_LINK_HEADER}` : LICENSE_LINK_HEADER;
  const etag = etagOf(text);
  common.ETag = etag;
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return send(request, text, 200, common);
}

function send(request: Request, text: string, status: number, headers: Record<string, string>): Response {
  const all = { ...headers, "Content-Type": "application/json; charset=utf-8" };
  return new Response(request.method === "HEAD" ? null : text, { status, headers: all });
}

/** A CORS preflight: any origin may GET; the headers it asks to send are allowed (nothing here is credentialed). */
export function preflightResponse(request: Request): Response {
  const asked = request.headers.get("access-control-request-headers")?.trim();
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": ALLOWED_METHODS,
      "Access-Control-Allow-Headers": asked && HEADER_LIST.test(asked) ? asked : "Accept, If-None-Match",
      "Access-Control-Max-Age": "86400",
      Allow: ALLOWED_METHODS,
      Vary: "Access-Control-Request-Headers",
    },
  });
}
