// Route handlers log one line per request (method, path, status, duration) with the proxy's request id.
import { log, type LogLevel } from "./log";
import { REQUEST_ID_HEADER, requestIdOf } from "./request-id";

/** A 503 is the expected answer during an outage (the database's failure, already logged), not a fault of ours. */
const levelOf = (status: number): LogLevel => (status === 503 ? "warn" : status >= 500 ? "error" : "info");

type Handler<Context> = (request: Request, context: Context) => Promise<Response>;

export function withRequestLog<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const started = performance.now();
    const requestId = requestIdOf(request.headers);
    const fields = { requestId, method: request.method, path: new URL(request.url).pathname };
    try {
      const response = await handler(request, context);
      const durationMs = Math.round(performance.now() - started);
      log(levelOf(response.status), "request handled", { ...fields, status: response.status, durationMs });
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
