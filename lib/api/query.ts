// Strict reading of an API request's query string. Unlike the HTML pages, which drop what they do not
// understand, the API answers 400 naming the parameter: a typo must not silently widen a researcher's data set.
import { ApiError, invalidParameter } from "./http/errors";
import {
  DEFAULT_PER_PAGE,
  ENDPOINT_PARAMETERS,
  MAX_PAGE,
  MAX_PER_PAGE,
  PARAMETERS,
  type EndpointPath,
  type ParameterDef,
} from "./parameters";

export type ApiQuery = {
  /** Each accepted parameter's value; empty values are left out, as the pages do. */
  params: Record<string, string>;
  page: number;
  perPage: number;
  lang: string | undefined;
  /** Keyset paging (lib/api/cursor.ts): the raw cursor, checked against the list's order by the endpoint. */
  cursor: string | undefined;
};

const WHOLE_NUMBER = /^[1-9][0-9]{0,8}$/;
const LANGUAGE_TAG = new RegExp(PARAMETERS.lang.schema.pattern);

function definitions(path: EndpointPath): ParameterDef[] {
  return ENDPOINT_PARAMETERS[path].map((id) => PARAMETERS[id]);
}

export function readQuery(url: URL, path: EndpointPath): ApiQuery {
  const accepted = definitions(path);
  const names = accepted.map((p) => p.name);
  const params: Record<string, string> = {};
  for (const name of new Set(url.searchParams.keys())) {
    if (!names.includes(name)) {
      const allowed = names.length ? `this endpoint accepts ${names.join(", ")}` : "this endpoint takes no parameters";
      throw new ApiError(400, "unknown_parameter", `Unknown parameter "${name}": ${allowed}.`, name);
    }
    const values = url.searchParams.getAll(name);
    if (values.length > 1) throw invalidParameter(name, `${name} is given more than once.`);
    if (values[0]!.trim() !== "") params[name] = values[0]!;
  }
  for (const def of accepted) {
    const value = params[def.name]?.trim();
    if (def.required && value === undefined) {
      throw new ApiError(400, "missing_parameter", `${def.name} is required.`, def.name);
    }
    // The document's enums and patterns hold as written: the pages read `?type=youth` as YOUTH, the API refuses what
    // its document does not list, so a client learns the one spelling that works everywhere.
    const { enum: listed, pattern } = def.schema as { enum?: string[]; pattern?: string };
    if (
      value !== undefined &&
      ((listed && !listed.includes(value)) || (pattern !== undefined && !new RegExp(pattern).test(value)))
    )
      throw invalidParameter(def.name, `${def.name} ${def.invalid}.`);
  }
  if (params.cursor !== undefined && params.page !== undefined)
    throw invalidParameter(
      "cursor",
      "cursor and page cannot be combined: a cursor already says where the page starts.",
    );
  return {
    params,
    cursor: params.cursor,
    page: wholeNumber(params, "page", MAX_PAGE) ?? 1,
    perPage: wholeNumber(params, "per_page", MAX_PER_PAGE) ?? DEFAULT_PER_PAGE,
    lang: language(params.lang),
  };
}

function wholeNumber(params: Record<string, string>, name: "page" | "per_page", max: number): number | undefined {
  const raw = params[name]?.trim();
  if (raw === undefined) return undefined;
  const value = WHOLE_NUMBER.test(raw) ? Number(raw) : NaN;
  if (!(value <= max)) throw invalidParameter(name, `${name} ${PARAMETERS[name].invalid}.`);
  return value;
}

function language(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const tag = raw.trim();
  if (!LANGUAGE_TAG.test(tag) || !isWellFormed(tag)) throw invalidParameter("lang", `lang ${PARAMETERS.lang.invalid}.`);
  return tag;
}

/** The pattern lets through tags such as en-US-US that Intl rejects. */
function isWellFormed(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The pages' parsers report the parameters they could not use; for the API the first one is a 400. */
export function rejectIgnored(path: EndpointPath, ignored: readonly string[]): void {
  const name = ignored[0];
  if (name === undefined) return;
  const def = definitions(path).find((p) => p.name === name);
  throw invalidParameter(name, `${name} ${def?.invalid ?? "is not valid"}.`);
}
