// Route handlers for app/api/v1/**: one endpoint function each, wrapped with the API's response rules.
import { ApiError } from "./errors";
import { DATA_CACHE_CONTROL, ERROR_CACHE_CONTROL, jsonResponse, NOT_FOUND_CACHE_CONTROL, preflightResponse } from "./respond";

/** What an endpoint returns: the body, and optionally extra headers (a Link header for pages). */
export type EndpointResult = { body: unknown; headers?: Record<string, string>; cacheControl?: string };
export type Endpoint<Params> = (url: URL, params: Params) => Promise<EndpointResult>;

type RouteContext<Params> = { params: Promise<Params> };
type Handler<Params> = (request: Request, context: RouteContext<Params>) => Promise<Response>;

export function errorResponse(request: Request, error: ApiError): Response {
  const cacheControl = error.status === 404 ? NOT_FOUND_CACHE_CONTROL : ERROR_CACHE_CONTROL;
  return jsonResponse(request, error.body, { status: error.status, cacheControl });
}

/** GET, HEAD and OPTIONS for one endpoint: expected errors become JSON error bodies, others a logged 500. */
export function apiRoute<Params>(endpoint: Endpoint<Params>): { GET: Handler<Params>; HEAD: Handler<Params>; OPTIONS: (request: Request) => Promise<Response> } {
  const GET: Handler<Params> = async (request, context) => {
    try {
      const result = await endpoint(new URL(request.url), await context.params);
      return jsonResponse(request, result.body, { cacheControl: result.cacheControl ?? DATA_CACHE_CONTROL, headers: result.headers });
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(request, error);
      console.error(`API ${new URL(request.url).pathname} failed:`, error);
      return errorResponse(request, new ApiError(500, "internal_error", "The server could not answer this request."));
    }
  };
  return { GET, HEAD: GET, OPTIONS: async (request) => preflightResponse(request) };
}
