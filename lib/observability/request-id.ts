// A request id per request: taken from the client's x-request-id when it looks like an id (so a caller's trace
// continues), otherwise generated. proxy.ts forwards it to the app as a request header and echoes it back.

export const REQUEST_ID_HEADER = "x-request-id";

/** Letters, digits and ._:- only, 8–128 long: nothing that could forge a log line or bloat one. */
const VALID = /^[A-Za-z0-9._:-]{8,128}$/;

export function isValidRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && VALID.test(value);
}

export function requestIdFor(headers: Headers): string {
  const incoming = headers.get(REQUEST_ID_HEADER);
  return isValidRequestId(incoming) ? incoming : crypto.randomUUID();
}

/** The id the proxy attached to this request (route handlers, actions, instrumentation), or null outside one. */
export function requestIdOf(headers: Headers | Record<string, string | string[] | undefined>): string | null {
  const value = headers instanceof Headers ? headers.get(REQUEST_ID_HEADER) : headers[REQUEST_ID_HEADER];
  const id = Array.isArray(value) ? value[0] : value;
  return isValidRequestId(id) ? id : null;
}
