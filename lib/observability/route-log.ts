// Route handlers log one line per request (method, path, status, duration) with the proxy's request id.
import { log } from "./log";
import { REQUEST_ID_HEADER, requestIdOf } from "./request-id";

type Handler<Context> = (request: Request, context: Context) => Promise<Response>;

export function withRequestLog<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const started = performance.now();
    const requestId = requestIdOf(request.headers);
    const fields = { requestId, method: request.method, path: new URL(request.url).pathname };
    try {
      const response = await handler(request, context);
      const durationMs = Math.round(performance.now() - started);
      log(response.status >= 500 ? "error" : "info", "request handled", { ...fields, status: response.status, durationMs });
      if (requestId && !response.headers.has(REQUEST_ID_HEADER)) {
        try {
          response.headers.set(REQUEST_ID_HEADER, requestId);
        } catch {
          // Some responses have immutable headers; the proxy echoes the id on those.
        }
      }
      return response;
    } catch (error) {
      log("error", "request failed", { ...fields, durationMs: Math.round(performance.now() - started), error });
      throw error;
    }
  };
}
