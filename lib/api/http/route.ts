// Route handlers for app/api/v1/**: one endpoint function each, wrapped with the API's response rules.
import { isConnectionError, isDatabaseDown, probeDatabase } from "@/lib/db/availability";
import { log } from "@/lib/observability/log";
import { requestIdOf } from "@/lib/observability/request-id";
import { withRequestLog } from "@/lib/observability/route-log";
import { RETRY_AFTER_SECONDS } from "@/lib/observability/unavailable-page";
import { ApiError } from "./errors";
import {
  DATA_CACHE_CONTROL,
  ERROR_CACHE_CONTROL,
  jsonResponse,
  NOT_FOUND_CACHE_CONTROL,
  preflightResponse,
} from "./respond";

/** What an endpoint returns: the body, and optionally extra headers (a Link header for pages). */
export type EndpointResult = { body: unknown; headers?: Record<string, string>; cacheControl?: string };
export type Endpoint<Params> = (url: URL, params: Params) => Promise<EndpointResult>;

type RouteContext<Params> = { params: Promise<Params> };
type Handler<Params> = (request: Request, context: RouteContext<Params>) => Promise<Response>;

export function errorResponse(request: Request, error: ApiError): Response {
  const cacheControl = error.status === 404 ? NOT_FOUND_CACHE_CONTROL : ERROR_CACHE_CONTROL;
  const headers = error.status === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : undefined;
  return jsonResponse(request, error.body, { status: error.status, cacheControl, headers });
}

const unavailable = () =>
  new ApiError(503, "service_unavailable", "The database is temporarily unavailable; try again in a few seconds.");

/** GET, HEAD and OPTIONS for one endpoint: expected errors become JSON error bodies, an outage a 503, others a logged 500. */
export function apiRoute<Params>(
  endpoint: Endpoint<Params>,
  { needsDatabase = true } = {},
): { GET: Handler<Params>; HEAD: Handler<Params>; OPTIONS: (request: Request) => Promise<Response> } {
  const GET: Handler<Params> = withRequestLog(async (request, context) => {
    if (needsDatabase && isDatabaseDown()) return errorResponse(request, unavailable());
    try {
      const result = await endpoint(new URL(request.url), await context.params);
      return jsonResponse(request, result.body, {
        cacheControl: result.cacheControl ?? DATA_CACHE_CONTROL,
        headers: result.headers,
      });
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(request, error);
      // A lost connection: ask the database itself, so a real outage answers 503 and not a failure of ours.
      if (isConnectionError(error) || (await probeDatabase()).state === "down")
        return errorResponse(request, unavailable());
      log("error", "API request failed", {
        requestId: requestIdOf(request.headers),
        method: request.method,
        path: new URL(request.url).pathname,
        error,
      });
      return errorResponse(request, new ApiError(500, "internal_error", "The server could not answer this request."));
    }
  });
  return { GET, HEAD: GET, OPTIONS: async (request) => preflightResponse(request) };
}
