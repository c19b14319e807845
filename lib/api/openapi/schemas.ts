// The response bodies as JSON Schema (draft 2020-12, which OpenAPI 3.1 uses). Objects are closed
// (additionalProperties: false), so a field the code adds without documenting it fails the conformance test.
import {
  ChannelKind,
  DatePrecision,
  EventDateBasis,
  EventType,
  OnlinePresence,
  OrganizationCategory,
  OrganizationStatus,
  OrganizationType,
  ServedGroup,
} from "@/lib/db/generated/enums";
import { API_ERROR_CODES } from "../http/errors";
import { SEARCH_KINDS, type JsonSchema } from "../parameters";

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: "null" }] });
const str: JsonSchema = { type: "string" };
const int: JsonSchema = { type: "integer" };
const count: JsonSchema = { type: "integer", minimum: 0 };
const uuid: JsonSchema = { type: "string", format: "uuid" };
const slug: JsonSchema = { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" };
const date: JsonSchema = { type: "string", format: "date" };
const timestamp: JsonSchema = { type: "string", format: "date-time" };
const country: JsonSchema = { type: "string", pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2 code." };
const url: JsonSchema = { type: "string", format: "uri" };
const strings: JsonSchema = { type: "array", items: str };
const enumOf = (values: object): JsonSchema => ({ type: "string", enum: Object.values(values) });
const arrayOf = (schema: JsonSchema): JsonSchema => ({ type: "array", items: schema });

/** A closed object whose properties are all required, except those named in `optional`. */
function object(properties: Record<string, JsonSchema>, optional: string[] = [], description?: string): JsonSchema {
  return {
    type: "object",
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    additionalProperties: false,
  };
}

const label: JsonSchema = {
  ...nullable(ref("Label")),
  description: "Only with ?lang=: the text in that language or its fallback; null when there is none.",
};
const pageOf = (item: string, extra: Record<string, JsonSchema> = {}): JsonSchema =>
  object({
    data: arrayOf(ref(item)),
    page: { type: "integer", minimum: 1 },
    per_page: { type: "integer", minimum: 1, maximum: 100 },
    total: count,
    ...extra,
  });
/** A list that also pages by cursor: page and total only when read by page number; next_cursor always. */
const seekablePageOf = (item: string): JsonSchema =>
  object(
    {
      data: arrayOf(ref(item)),
      page: { type: "integer", minimum: 1, description: "Only when read by page number." },
      per_page: { type: "integer", minimum: 1, maximum: 100 },
      total: { ...count, description: "Only when read by page number: a cursor's page is not counted." },
      next_cursor: {
        ...nullable({ type: "string", pattern: "^[A-Za-z0-9_-]+$" }),
        description: "Pass as cursor= for the page after this one; null on the last page.",
      },
    },
    ["page", "total"],
  );
const one = (item: string): JsonSchema => object({ data: ref(item) });

const organization = {
  id: uuid,
  slug,
  url,
  name: ref("LocalizedText"),
  label,
  category: {
    ...enumOf(OrganizationCategory),
    description:
      "DIASPORA_ORGANIZATION (it names at least one diaspora) or RELATED_INSTITUTION: a bank, intergovernmental body, government agency, museum, consulate or other institution the sources name beside diaspora organizations.",
  },
  acronym: nullable(str),
  description: ref("LocalizedText"),
  name_provenance: ref("TextProvenance"),
  description_provenance: ref("TextProvenance"),
  alt_names: ref("LocalizedNames"),
  city: ref("LocalizedText"),
  types: arrayOf(enumOf(OrganizationType)),
  groups: arrayOf(enumOf(ServedGroup)),
  status: enumOf(OrganizationStatus),
  dissolved_on: {
    ...nullable(date),
    description: "The day it was dissolved (e.g. by a court decision), when status is DISSOLVED and a source gives it.",
  },
  founded_year: nullable(int),
  languages: strings,
  countries: arrayOf(country),
  diasporas: arrayOf(ref("NamedRef")),
  channels: arrayOf(ref("Channel")),
  online_presence: {
    ...arrayOf(enumOf(OnlinePresence)),
    description:
      "An online presence a cited source states without giving its address (WEBSITE, SOCIAL_MEDIA, INTERNET: uses the internet); recorded addresses are in channels.",
  },
  created_at: timestamp,
  updated_at: timestamp,
};
const event = {
  id: uuid,
  slug,
  url,
  title: ref("LocalizedText"),
  label,
  type: enumOf(EventType),
  start_date: nullable(date),
  end_date: nullable(date),
  date_precision: enumOf(DatePrecision),
  date_basis: {
    ...enumOf(EventDateBasis),
    description:
      "STATED: the event's own date as a source gives it. REPORT: the publication date of the report that describes the event, not the event's own (pages say \"date of the report\").",
  },
  country: nullable(country),
  city: ref("LocalizedText"),
  online_url: nullable(str),
  description: ref("LocalizedText"),
  title_provenance: ref("TextProvenance"),
  description_provenance: ref("TextProvenance"),
  recurrence: ref("LocalizedText"),
  organizers: arrayOf(ref("NamedRef")),
  diasporas: arrayOf(ref("NamedRef")),
  created_at: timestamp,
  updated_at: timestamp,
};
const diaspora = {
  id: uuid,
  slug,
  url,
  name: ref("LocalizedText"),
  label,
  description: ref("LocalizedText"),
  name_provenance: ref("TextProvenance"),
  description_provenance: ref("TextProvenance"),
  languages: strings,
  origin_country: nullable(country),
  host_country_count: count,
  organization_count: { ...count, description: "Diaspora organizations; related institutions are not counted." },
  event_count: count,
  created_at: timestamp,
  updated_at: timestamp,
};
const citations = { citations: arrayOf(ref("Citation")) };

export const SCHEMAS: Record<string, JsonSchema> = {
  LocalizedText: {
    type: "object",
    description:
      'A translatable field in every language held, keyed by BCP 47 tag: {"ru": "…", "en": "…"}. Empty when no language has it.',
    propertyNames: { pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
    additionalProperties: { type: "string", minLength: 1 },
  },
  TextProvenance: {
    type: "object",
    description:
      "Where each language's text comes from: SOURCE (a cited source contains it; the citations' facts say which, e.g. \"names.en\"), CURATOR, ATLAS (the atlas translated or wrote it), MACHINE (machine translation) or VISITOR (a visitor proposed it and a moderator approved it). A language left out has no provenance recorded.",
    propertyNames: { pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
    additionalProperties: { type: "string", enum: ["SOURCE", "CURATOR", "ATLAS", "MACHINE", "VISITOR"] },
  },
  LocalizedNames: {
    type: "object",
    description:
      'Other names a source prints (a variant spelling, an earlier or unofficial name), per language, in order: {"en": ["…"]}. The citations\' facts say which source contains them ("altNames.en"). Empty when none is recorded.',
    propertyNames: { pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
    additionalProperties: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
  },
  Label: object(
    { value: str, locale: str, is_fallback: { type: "boolean" } },
    [],
    "A text resolved for ?lang=: the language asked for, else Russian, English, then any other.",
  ),
  NamedRef: object({ id: uuid, slug, name: ref("LocalizedText") }),
  EventRef: object({
    id: uuid,
    slug,
    title: ref("LocalizedText"),
    start_date: nullable(date),
    end_date: nullable(date),
    date_precision: enumOf(DatePrecision),
  }),
  Channel: object({ kind: enumOf(ChannelKind), url: str, languages: strings, check: nullable(ref("LinkCheck")) }),
  LinkCheck: object(
    {
      checked_at: timestamp,
      outcome: {
        type: "string",
        enum: ["ONLINE", "FAILED", "INCONCLUSIVE"],
        description:
          "ONLINE: answered 2xx. FAILED: no answer, an error status (404, 410, 5xx), a redirect loop. INCONCLUSIVE: the site refused the checker (401, 403, 429) or its robots.txt asks crawlers not to fetch the page.",
      },
      broken: { type: "boolean", description: "Failed several checks in a row (LINKS_BROKEN_AFTER)." },
      unreachable_since: nullable({ ...timestamp, description: "When broken: the first failed check of the run." }),
      status: nullable(int),
      reason: nullable({
        type: "string",
        enum: ["timeout", "unreachable", "privateAddress", "tooManyRedirects", "httpStatus", "robots", "url"],
      }),
      final_url: nullable({ type: "string", description: "Where the address led after redirects." }),
      https: { type: "boolean" },
      languages: {
        ...strings,
        description:
          "BCP-47 languages the page declares: <html lang>, then hreflang alternates, then Content-Language.",
      },
      last_modified: nullable(timestamp),
      changed_at: nullable({
        ...timestamp,
        description: "When the page's text last changed, as far as the checks saw (or the server's Last-Modified).",
      }),
    },
    [],
    "The link monitor's latest check of an address; null before its first.",
  ),
  Source: object({
    key: { type: "string", description: "Stable citation key (also the BibTeX key)." },
    authors: nullable(str),
    title: str,
    publication: nullable(str),
    publisher: nullable(str),
    place: nullable(str),
    year: nullable(int),
    volume: nullable(str),
    issue: nullable(str),
    pages: nullable(str),
    doi: nullable({ type: "string", description: "Digital Object Identifier, bare (10.xxxx/…)." }),
    doi_url: nullable({ type: "string", format: "uri", description: "The DOI as a https://doi.org/ link." }),
    url: nullable(str),
    archive_url: nullable({ type: "string", format: "uri", description: "A web archive's copy of url." }),
    accessed_on: nullable(date),
    note: nullable(str),
  }),
  Citation: object(
    { number: { type: "integer", minimum: 1 }, facts: strings, locator: nullable(str), source: ref("Source") },
    [],
    "A numbered reference as on the entry's page: the facts (field names) it backs and where in the source.",
  ),
  Organization: object(organization, ["label"]),
  OrganizationDetail: object({ ...organization, events: arrayOf(ref("EventRef")), ...citations }, ["label"]),
  Event: object(event, ["label"]),
  EventDetail: object({ ...event, ...citations }, ["label"]),
  Presence: object({
    country,
    population: nullable(count),
    year: nullable(int),
    note: ref("LocalizedText"),
    inferred_from: {
      ...ref("LocalizedText"),
      description: "What the presence is inferred from when the source does not state it; empty when it does.",
    },
    citation: {
      ...nullable({ type: "integer", minimum: 1 }),
      description: "The number of the citation that backs the figure.",
    },
  }),
  Diaspora: object(diaspora, ["label"]),
  DiasporaDetail: object(
    {
      ...diaspora,
      presences: arrayOf(ref("Presence")),
      links: object(
        { organizations: url, events: url },
        [],
        "The diaspora's organizations and events: list endpoints filtered by it.",
      ),
      ...citations,
    },
    ["label"],
  ),
  Country: object(
    {
      code: country,
      url,
      name: { ...ref("LocalizedText"), description: "The name in every UI language (and lang), from CLDR." },
      label,
      diaspora_count: count,
      organization_count: { ...count, description: "Diaspora organizations; related institutions are not counted." },
      event_count: count,
    },
    ["label"],
  ),
  SearchHit: object(
    {
      kind: { type: "string", enum: [...SEARCH_KINDS] },
      id: uuid,
      slug,
      url,
      name: { ...ref("LocalizedText"), description: "The name (an event's title)." },
      label,
    },
    ["label"],
  ),
  OrganizationPage: seekablePageOf("Organization"),
  EventPage: seekablePageOf("Event"),
  DiasporaPage: pageOf("Diaspora"),
  CountryPage: pageOf("Country"),
  SearchPage: pageOf("SearchHit", {
    totals: object(
      { organization: count, event: count, diaspora: count },
      [...SEARCH_KINDS],
      "Matches of each kind searched.",
    ),
    capped: {
      type: "boolean",
      description: "A kind had more candidates than are ranked (1 000); its total is a lower bound.",
    },
  }),
  OrganizationResponse: one("OrganizationDetail"),
  EventResponse: one("EventDetail"),
  DiasporaResponse: one("DiasporaDetail"),
  Error: object({
    error: object(
      {
        code: { type: "string", enum: [...API_ERROR_CODES] },
        message: str,
        parameter: { type: "string", description: "The query or path parameter at fault." },
      },
      ["parameter"],
    ),
  }),
};
