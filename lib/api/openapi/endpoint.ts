import { ApiError } from "../http/errors";
import { readQuery } from "../query";
import { openApiDocument } from "./document";

/** GET /openapi.json */
export async function openApiEndpoint(url: URL) {
  readQuery(url, "/openapi.json");
  return { body: openApiDocument(), cacheControl: "public, max-age=3600" };
}

/** Any other address under /api/v1: a JSON 404 rather than the site's HTML page. */
export async function unknownEndpoint(url: URL): Promise<never> {
  throw new ApiError(404, "not_found", `No endpoint at ${url.pathname}; see /api/v1/openapi.json.`);
}
