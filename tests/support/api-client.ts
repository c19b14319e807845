// Calls the API's route handlers (app/api/v1/**/route.ts) in process, as Next would: a real Request in, the
// real Response out. tests/e2e/api.spec.ts does the same over HTTP against the built server.
import * as catchAll from "../../app/api/v1/[[...rest]]/route";
import * as countries from "../../app/api/v1/countries/route";
import * as diaspora from "../../app/api/v1/diasporas/[slug]/route";
import * as diasporas from "../../app/api/v1/diasporas/route";
import * as event from "../../app/api/v1/events/[slug]/route";
import * as events from "../../app/api/v1/events/route";
import * as openapi from "../../app/api/v1/openapi.json/route";
import * as organization from "../../app/api/v1/organizations/[slug]/route";
import * as organizations from "../../app/api/v1/organizations/route";
import * as search from "../../app/api/v1/search/route";

type Module = typeof organizations;
const ORIGIN = "http://localhost:3000";

const ROUTES: [RegExp, Module | typeof organization][] = [
  [/^\/api\/v1\/organizations$/, organizations],
  [/^\/api\/v1\/organizations\/(?<slug>[^/]+)$/, organization],
  [/^\/api\/v1\/events$/, events],
  [/^\/api\/v1\/events\/(?<slug>[^/]+)$/, event],
  [/^\/api\/v1\/diasporas$/, diasporas],
  [/^\/api\/v1\/diasporas\/(?<slug>[^/]+)$/, diaspora],
  [/^\/api\/v1\/countries$/, countries],
  [/^\/api\/v1\/search$/, search],
  [/^\/api\/v1\/openapi\.json$/, openapi],
];

export type ApiReply = { status: number; headers: Headers; text: string; json: unknown };

export async function callApi(
  pathAndQuery: string,
  init: { method?: "GET" | "HEAD" | "OPTIONS"; headers?: Record<string, string> } = {},
): Promise<ApiReply> {
  const url = new URL(pathAndQuery, ORIGIN);
  const method = init.method ?? "GET";
  const request = new Request(url, { method, headers: init.headers });
  let response: Response | undefined;
  for (const [pattern, module] of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    const params = Promise.resolve(
      Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)])),
    );
    response = await (
      module[method] as (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>
    )(request, { params });
    break;
  }
  response ??= await catchAll[method](request, { params: Promise.resolve({ rest: url.pathname.split("/").slice(3) }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : undefined };
}
