// The OpenAPI 3.1 description of /api/v1, built from the same parameter table the handlers enforce
// (lib/api/parameters.ts) and the response schemas (./schemas.ts). tests/integration/api-conformance.test.ts
// checks real responses against it.
import { DATA_LICENSE } from "@/lib/about/data-license";
import { siteUrl } from "@/lib/seo/site-url";
import { ENDPOINT_PARAMETERS, PARAMETERS, type EndpointPath, type JsonSchema, type ParameterDef } from "../parameters";
import { SCHEMAS } from "./schemas";
import { API_DESCRIPTION } from "./description";

type Operation = {
  summary: string;
  description?: string;
  tag: string;
  body: string;
  notFound?: string;
  list?: boolean;
};

const OPERATIONS: Record<EndpointPath, Operation> = {
  "/organizations": { summary: "List organizations", tag: "organizations", body: "OrganizationPage", list: true },
  "/organizations/{slug}": {
    summary: "One organization, its events and sources",
    tag: "organizations",
    body: "OrganizationResponse",
    notFound: "organization",
  },
  "/events": {
    summary: "List events",
    tag: "events",
    body: "EventPage",
    list: true,
    description: "Unlike the events page, `when` defaults to all.",
  },
  "/events/{slug}": { summary: "One event and its sources", tag: "events", body: "EventResponse", notFound: "event" },
  "/diasporas": {
    summary: "List diasporas",
    tag: "diasporas",
    body: "DiasporaPage",
    list: true,
    description: "`country`: diasporas with a recorded presence there.",
  },
  "/diasporas/{slug}": {
    summary: "One diaspora: presence by host country, sources, links to its organizations and events",
    tag: "diasporas",
    body: "DiasporaResponse",
    notFound: "diaspora",
  },
  "/countries": {
    summary: "List host countries",
    tag: "countries",
    body: "CountryPage",
    list: true,
    description: "Countries with an organization, a diaspora's recorded presence or an event, by ISO code.",
  },
  "/search": {
    summary: "Search organizations, events and diasporas",
    tag: "search",
    body: "SearchPage",
    list: true,
    description: "Hits come kind by kind (organizations, events, diasporas), each kind best first.",
  },
  "/openapi.json": { summary: "This document", tag: "meta", body: "" },
};

const header = (description: string, schema: JsonSchema, required = true) => ({ description, required, schema });
const CORS = { "Access-Control-Allow-Origin": { $ref: "#/components/headers/AllowOrigin" } };
const VALIDATORS = {
  ETag: { $ref: "#/components/headers/ETag" },
  "Cache-Control": { $ref: "#/components/headers/CacheControl" },
  ...CORS,
};
const error = (description: string, withBody: boolean) => ({
  description,
  headers: { "Cache-Control": { $ref: "#/components/headers/CacheControl" }, ...CORS },
  ...(withBody ? { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } : {}),
});

function responses(op: Operation, withBody: boolean) {
  const body = op.body
    ? { $ref: `#/components/schemas/${op.body}` }
    : { type: "object", description: "An OpenAPI 3.1 document." };
  return {
    "200": {
      description: "OK",
      headers: { ...VALIDATORS, ...(op.list ? { Link: { $ref: "#/components/headers/Link" } } : {}) },
      ...(withBody ? { content: { "application/json": { schema: body } } } : {}),
    },
    "304": { description: "Not Modified: the If-None-Match tag still matches; no body.", headers: VALIDATORS },
    "400": error("A parameter is unknown, repeated, missing or has a bad value; `error.parameter` names it.", withBody),
    ...(op.notFound ? { "404": error(`No ${op.notFound} has this slug.`, withBody) } : {}),
    "500": error("The server failed; nothing about the request is wrong.", withBody),
    "503": error(
      "The database is temporarily unavailable; try again after the Retry-After header's seconds.",
      withBody,
    ),
  };
}

const TAGS = {
  organizations: "Diaspora organizations and related institutions, with their sources.",
  events: "Events organized by or for the diasporas, with dates at their known precision.",
  diasporas: "The diasporas the atlas covers and the host countries where they are present.",
  countries: "Host countries with the number of organizations and events in each.",
  search: "Full-text search across organizations and events in every language.",
  meta: "This document.",
};

function pathItem(path: EndpointPath) {
  const op = OPERATIONS[path];
  // The path parameter belongs to the path item, so every operation on it (the CORS preflight too) declares it.
  const pathParameters = path.includes("{slug}") ? [{ $ref: "#/components/parameters/slug" }] : [];
  const parameters = ENDPOINT_PARAMETERS[path].map((id) => ({ $ref: `#/components/parameters/${id}` }));
  const operationId = (method: string) =>
    `${method}${path.replace(/[^A-Za-z]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`;
  const base = { tags: [op.tag], parameters };
  return {
    ...(pathParameters.length ? { parameters: pathParameters } : {}),
    get: {
      ...base,
      operationId: operationId("get"),
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      responses: responses(op, true),
    },
    head: {
      ...base,
      operationId: operationId("head"),
      summary: `${op.summary} (headers only)`,
      responses: responses(op, false),
    },
    options: {
      tags: [op.tag],
      operationId: operationId("options"),
      summary: "CORS preflight",
      responses: {
        "204": {
          description: "Any origin may GET and HEAD.",
          headers: { ...CORS, "Access-Control-Allow-Methods": { $ref: "#/components/headers/AllowMethods" } },
        },
      },
    },
  };
}

export function openApiDocument() {
  const parameters = Object.fromEntries(
    Object.entries(PARAMETERS as Record<string, ParameterDef>).map(([id, p]) => [
      id,
      { name: p.name, in: "query", required: p.required ?? false, description: p.description, schema: p.schema },
    ]),
  );
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: {
      title: "Diaspora Atlas API",
      version: "1.0.0",
      description: API_DESCRIPTION,
      license: { name: `${DATA_LICENSE.name} (${DATA_LICENSE.id})`, url: DATA_LICENSE.url },
    },
    servers: [{ url: `${siteUrl()}/api/v1` }],
    // A public, read-only API: no operation needs credentials (an empty requirement list says so explicitly).
    security: [],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths: Object.fromEntries((Object.keys(OPERATIONS) as EndpointPath[]).map((path) => [path, pathItem(path)])),
    components: {
      schemas: SCHEMAS,
      parameters: {
        ...parameters,
        slug: {
          name: "slug",
          in: "path",
          required: true,
          description: "The entry's slug, as in its page address.",
          schema: { type: "string" },
        },
      },
      headers: {
        ETag: header("Weak validator of the body; send it back in If-None-Match.", {
          type: "string",
          pattern: '^W/"[A-Za-z0-9_-]{32}"$',
        }),
        CacheControl: header("How long the answer may be reused.", { type: "string" }),
        AllowOrigin: header("CORS: any origin.", { const: "*" }),
        AllowMethods: header("CORS: the methods allowed.", { const: "GET, HEAD, OPTIONS" }),
        Link: header("RFC 8288 links to the first, previous, next and last pages.", { type: "string" }),
      },
    },
  };
}
