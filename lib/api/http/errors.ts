// The API's errors: a status, a machine-readable code, the parameter at fault (when there is one) and an
// English message. Only these reach a client; anything else becomes a generic internal_error.

export const API_ERROR_CODES = [
  "invalid_parameter",
  "unknown_parameter",
  "missing_parameter",
  "not_found",
  "internal_error",
  "service_unavailable",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type ApiErrorBody = { error: { code: ApiErrorCode; message: string; parameter?: string } };

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 500 | 503,
    readonly code: ApiErrorCode,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get body(): ApiErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.parameter ? { parameter: this.parameter } : {}) },
    };
  }
}

export const invalidParameter = (parameter: string, message: string) =>
  new ApiError(400, "invalid_parameter", message, parameter);

export const notFound = (what: string, parameter: string, value: string) =>
  new ApiError(404, "not_found", `No ${what} with ${parameter} "${value}".`, parameter);
