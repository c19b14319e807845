// Error lines from server actions and server components, with the id of the request they happened in.
import "server-only";
import { headers } from "next/headers";
import { log, type LogFields } from "./log";
import { requestIdOf } from "./request-id";

/** Logs without waiting (callers are often synchronous error mappers); outside a request the id is left out. */
export function logRequestError(msg: string, error: unknown, fields: LogFields = {}): void {
  void (async () => {
    let requestId: string | null = null;
    try {
      requestId = requestIdOf(await headers());
    } catch {
      // Not inside a request (a stream that outlived it, a script).
    }
    log("error", msg, { ...fields, requestId, error });
  })();
}
