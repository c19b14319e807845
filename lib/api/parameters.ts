// Every query parameter the API accepts, described once: the OpenAPI document is built from this table,
// and readQuery() rejects any parameter an endpoint does not list. Values are checked by the pages' own
// parsers (lib/organizations/filters.ts, lib/events/filters.ts); the schemas here describe what they accept.
import { EventType, OrganizationCategory, OrganizationType, ServedGroup } from "@/lib/db/generated/enums";
import { EVENT_WHENS } from "@/lib/events/filters";
import { ORGANIZATION_SORTS } from "@/lib/organizations/filters";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

export type JsonSchema = { [keyword: string]: unknown };
export type ParameterDef = {
  name: string;
  description: string;
  schema: JsonSchema;
  invalid: string;
  required?: boolean;
};

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;
export const MAX_PAGE = 100_000;
export const SEARCH_KINDS = ["organization", "event", "diaspora"] as const;
/** The list's sorts, and slug: an order that needs no translation and that the slug index serves. */
export const API_ORGANIZATION_SORTS = ["slug", ...ORGANIZATION_SORTS] as const;

const SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
const LANGUAGE_TAG = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
const oneOf = (values: readonly string[]) => `must be one of ${values.join(", ")}`;
const text = (max: number): JsonSchema => ({ type: "string", minLength: 1, maxLength: max });
const date: JsonSchema = { type: "string", format: "date", pattern: "^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}$" };

const q: ParameterDef = {
  name: "q",
  description: `Search words in any language or script: word forms, Cyrillic↔Latin transliteration and small typos match. At most ${MAX_QUERY_LENGTH} characters; a list filtered by q holds the 1 000 best matches at most.`,
  schema: text(MAX_QUERY_LENGTH),
  invalid: `must be 1 to ${MAX_QUERY_LENGTH} characters`,
};

export const PARAMETERS = {
  q,
  searchQ: { ...q, required: true, description: `${q.description} Required.` },
  country: {
    name: "country",
    description: "Host country as an ISO 3166-1 alpha-2 code (case-insensitive), e.g. RU.",
    schema: { type: "string", pattern: "^[A-Za-z]{2}$" },
    invalid: "must be an assigned ISO 3166-1 alpha-2 country code, e.g. RU",
  },
  diaspora: {
    name: "diaspora",
    description: "A diaspora's slug, e.g. armenian.",
    schema: { type: "string", pattern: SLUG, maxLength: 100 },
    invalid: "must be a slug such as armenian",
  },
  category: {
    name: "category",
    description:
      "Diaspora organizations (the default) or related institutions: banks, intergovernmental bodies, government agencies, museums, consulates and other institutions the sources name beside them, which are not counted among diaspora organizations.",
    schema: {
      type: "string",
      enum: Object.values(OrganizationCategory),
      default: OrganizationCategory.DIASPORA_ORGANIZATION,
    },
    invalid: oneOf(Object.values(OrganizationCategory)),
  },
  organizationType: {
    name: "type",
    description: "Organization type.",
    schema: { type: "string", enum: Object.values(OrganizationType) },
    invalid: oneOf(Object.values(OrganizationType)),
  },
  eventType: {
    name: "type",
    description: "Event type.",
    schema: { type: "string", enum: Object.values(EventType) },
    invalid: oneOf(Object.values(EventType)),
  },
  group: {
    name: "group",
    description: "A group the organization serves.",
    schema: { type: "string", enum: Object.values(ServedGroup) },
    invalid: oneOf(Object.values(ServedGroup)),
  },
  city: {
    name: "city",
    description: "City, in any language held (case-insensitive, whole name).",
    schema: text(100),
    invalid: "must be 1 to 100 characters",
  },
  language: {
    name: "language",
    description: "A language the organization works in (BCP 47), e.g. az.",
    schema: { type: "string", pattern: LANGUAGE_TAG },
    invalid: "must be a BCP 47 language tag such as az or sr-Latn",
  },
  organization: {
    name: "organization",
    description: "An organizer's slug.",
    schema: { type: "string", pattern: SLUG, maxLength: 100 },
    invalid: "must be a slug such as amor",
  },
  from: {
    name: "from",
    description:
      "Events whose known period reaches this day or later (YYYY-MM-DD). An event known only by month or year matches when that month or year overlaps.",
    schema: date,
    invalid: "must be a calendar day as YYYY-MM-DD",
  },
  to: {
    name: "to",
    description: "Events that begin on or before this day (YYYY-MM-DD).",
    schema: date,
    invalid: "must be a calendar day as YYYY-MM-DD, not before from",
  },
  when: {
    name: "when",
    description:
      "upcoming: the known period reaches today; past: it ended before today; all (the default): every event, undated ones last.",
    schema: { type: "string", enum: [...EVENT_WHENS], default: "all" },
    invalid: oneOf(EVENT_WHENS),
  },
  sort: {
    name: "sort",
    description:
      "relevance (the default with q), slug (the default otherwise: stable and fast), name (by the name in lang, else Russian, as the site's list) or founded (founding year, unknown last).",
    schema: { type: "string", enum: [...API_ORGANIZATION_SORTS] },
    invalid: oneOf(API_ORGANIZATION_SORTS),
  },
  kind: {
    name: "kind",
    description: "Only this kind of result.",
    schema: { type: "string", enum: [...SEARCH_KINDS] },
    invalid: oneOf(SEARCH_KINDS),
  },
  page: {
    name: "page",
    description: "Page number, from 1. A page past the last one is empty. For deep pages follow next_cursor instead.",
    schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 },
    invalid: `must be a whole number from 1 to ${MAX_PAGE}`,
  },
  cursor: {
    name: "cursor",
    description:
      "Where to continue: the next_cursor of the previous page (keyset paging). Deep pages cost as little as the first, and an entry added or removed meanwhile neither repeats nor skips one. Keep the other parameters as they were; not with page. An answer read by cursor has no page or total.",
    schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,4000}$" },
    invalid: "must be the next_cursor of an earlier answer of this endpoint",
  },
  per_page: {
    name: "per_page",
    description: `Items per page, at most ${MAX_PER_PAGE}.`,
    schema: { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE },
    invalid: `must be a whole number from 1 to ${MAX_PER_PAGE}`,
  },
  lang: {
    name: "lang",
    description:
      "Adds a resolved `label` in this language (falling back to Russian, English, then any language held) and points `url` at the page in this language when the site has it. Every translatable field is returned in all its languages either way.",
    schema: { type: "string", pattern: LANGUAGE_TAG },
    invalid: "must be a BCP 47 language tag such as en or hy",
  },
} satisfies Record<string, ParameterDef>;

export type ParameterId = keyof typeof PARAMETERS;

const PAGING: ParameterId[] = ["page", "per_page", "lang"];
/** The long lists also page by cursor. */
const SEEKING: ParameterId[] = ["cursor", ...PAGING];

/** Each endpoint's parameters, by OpenAPI path. */
export const ENDPOINT_PARAMETERS = {
  "/organizations": [
    "category",
    "q",
    "country",
    "diaspora",
    "organizationType",
    "group",
    "city",
    "language",
    "sort",
    ...SEEKING,
  ],
  "/organizations/{slug}": ["lang"],
  "/events": ["q", "country", "diaspora", "eventType", "city", "organization", "from", "to", "when", ...SEEKING],
  "/events/{slug}": ["lang"],
  "/diasporas": ["q", "country", ...PAGING],
  "/diasporas/{slug}": ["lang"],
  "/countries": PAGING,
  "/search": ["searchQ", "kind", ...PAGING],
  "/openapi.json": [],
} satisfies Record<string, ParameterId[]>;

export type EndpointPath = keyof typeof ENDPOINT_PARAMETERS;
