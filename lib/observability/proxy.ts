// What proxy.ts does before locale routing: give every request an id (forwarded to the app as a request header,
// echoed as a response header, in every log line), and answer page reads with the localized 503 page while the
// database is known to be down. /api passes through without locale routing; its handlers answer outages themselves.
import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseDown } from "@/lib/db/availability";
import { bodyRefusal } from "@/lib/security/body-limit";
import { isImportAction } from "@/lib/security/import-action-ids";
import { log } from "./log";
import { REQUEST_ID_HEADER, requestIdFor } from "./request-id";
import { unavailablePage } from "./unavailable-page";

type Next = (request: NextRequest) => Response | Promise<Response>;

const OVERRIDE = "x-middleware-override-headers";
const FORWARDED = "x-middleware-request-";

/**
 * Adds the id to the headers the app receives. A response that continues to the app (next or rewrite) carries
 * the request headers to use; when the routing step set none, all of the original ones plus the id are listed.
 */
export function forwardRequestId(response: Response, request: NextRequest, requestId: string): void {
  const listed = response.headers.get(OVERRIDE);
  if (listed !== null) {
    const names = listed.split(",").filter(Boolean);
    if (!names.includes(REQUEST_ID_HEADER)) response.headers.set(OVERRIDE, [...names, REQUEST_ID_HEADER].join(","));
  } else if (response.headers.has("x-middleware-next") || response.headers.has("x-middleware-rewrite")) {
    const names: string[] = [];
    for (const [name, value] of request.headers) {
      if (name === REQUEST_ID_HEADER) continue;
      response.headers.set(FORWARDED + name, value);
      names.push(name);
    }
    response.headers.set(OVERRIDE, [...names, REQUEST_ID_HEADER].join(","));
  } else {
    return;
  }
  response.headers.set(FORWARDED + REQUEST_ID_HEADER, requestId);
}

/**
 * Requests that skip locale routing and the page policy: the API, Next's internals, and paths with a dot (feeds,
 * .ics, citations, CSV, sitemap.xml, robots.txt, the icon), which are files whose route handlers answer outages
 * themselves. They still get their request id and log line here.
 */
export const passesThrough = (pathname: string) =>
  pathname.startsWith("/api/") || pathname.startsWith("/_next/") || pathname.includes(".");

/**
 * A page request, read or a form posted without JavaScript (whose answer would be the page, which needs the
 * database). Not a server action called by the page's script (Next-Action header): its form stays on screen and the
 * action answers that the input is kept.
 */
const isPageRequest = (request: NextRequest) =>
  !passesThrough(request.nextUrl.pathname) && !request.headers.has("next-action");

/**
 * `guard` sees every request after the body limits, dot paths and /api included, and may answer it instead of the
 * app (proxy.ts: the server-action gate).
 */
export function observe(
  routeLocale: Next,
  guard: (request: NextRequest) => Promise<Response | null> = async () => null,
) {
  return async function proxy(request: NextRequest): Promise<Response> {
    const started = performance.now();
    const requestId = requestIdFor(request.headers);
    const { pathname, search } = request.nextUrl;
    let response: Response;
    let passed = false;
    let guarded: Response | null;
    const refusal = bodyRefusal({ method: request.method, headers: request.headers, pathname }, isImportAction);
    if (refusal) {
      // Before the body is read by anyone: an oversized post costs nothing but this answer.
      const reason = refusal.status === 413 ? `Request body over ${refusal.limit} bytes.` : "Length Required.";
      response = new NextResponse(reason, {
        status: refusal.status,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    } else if ((guarded = await guard(request))) {
      response = guarded;
    } else if (isPageRequest(request) && isDatabaseDown()) {
      response = await unavailablePage(pathname, search, requestId);
    } else {
      response = passesThrough(pathname) ? NextResponse.next() : await routeLocale(request);
      forwardRequestId(response, request, requestId);
      passed = response.headers.has("x-middleware-next") || response.headers.has("x-middleware-rewrite");
    }
    response.headers.set(REQUEST_ID_HEADER, requestId);
    // A request the app answers has its status there (route handlers log it); here only the proxy's own answers do.
    const status = passed ? undefined : response.status;
    log(response.status >= 500 ? "warn" : "info", "request", {
      requestId,
      method: request.method,
      path: pathname,
      status,
      durationMs: Math.round(performance.now() - started),
    });
    return response;
  };
}
