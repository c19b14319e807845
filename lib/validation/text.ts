// Reusable text field rules for forms (curation, accounts). Messages are locale-agnostic codes translated by each form.
import { z } from "zod";
import { completeUrl } from "./complete-url";

// Our pages' CSP forbids eval: without this, zod probes `Function("")` in the browser when the first object schema
// is built (a CSP violation report on every page with a form). Every schema module reaches this file first.
z.config({ jitless: true });

// Bidirectional overrides and isolates can make text read differently from what is stored; control characters
// other than line breaks and tabs have no place in a directory entry.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFEFF]/;
// Markup is never needed here: React escapes it, but a stored "<script>" would still end up in exports and feeds.
// The slash takes its own spaces: `<\s*\/?\s*` tried every split of a run of spaces between two `\s*` (quadratic:
// "<" + 20 000 spaces + "#" held the event loop for 250 ms). lib/security/redos.test.ts checks every regex.
const MARKUP = /<\s*(?:\/\s*)?[a-z!?]|javascript:/i;

// Half of a UTF-16 surrogate pair has no UTF-8 form: PostgreSQL would store U+FFFD instead of what was sent.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasInvisible = (value: string) => INVISIBLE.test(value) || LONE_SURROGATE.test(value);

// Space, quotes and angle brackets, backtick and backslash: never valid unencoded in an address (RFC 3986 §2).
const UNSAFE_IN_URL = /[\s"<>`\\]/;
export const hasMarkup = (value: string) => MARKUP.test(value);

// zod 4 runs a string's later checks after a failed one unless that one aborts: each length limit below aborts, so
// over-long input is refused on its length alone, before any refinement reads it.
const tooLong = { message: "tooLong", abort: true } as const;

/** Trimmed, NFC-normalized text without markup or invisible control characters; "" when left empty. */
export function plainText(max: number) {
  return z
    .string("invalid")
    .max(max * 4, tooLong)
    .transform((value) => value.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .max(max, tooLong)
        .refine((value) => !hasInvisible(value), "invisibleCharacters")
        .refine((value) => !hasMarkup(value), "markup"),
    );
}

/** BCP-47 language tags as typed: "hy, ru" or several fields. */
export const languageList = z
  .string("invalid")
  .max(200, tooLong)
  .transform((value) => value.split(/[\s,;]+/).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "languageCode")).max(20, "tooMany"));

/** An http(s) address with a dotted host name and nothing RFC 3986 forbids unencoded. */
export function isWebUrl(value: string): boolean {
  // A parseable http(s) address may still carry '"><script>', a bare quote or a bidi override: characters RFC 3986
  // never allows unencoded are refused, so exports, feeds and attributes never hold markup.
  if (hasMarkup(value) || hasInvisible(value) || UNSAFE_IN_URL.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** A web address; one typed without its scheme ("example.org") is completed to "https://example.org". */
export const webUrl = z.string("invalid").trim().max(500, tooLong).transform(completeUrl).refine(isWebUrl, "url");

/** Like webUrl, but "" (left empty) is allowed. */
export const optionalWebUrl = z
  .string("invalid")
  .trim()
  .max(500, tooLong)
  .transform(completeUrl)
  .refine((value) => value === "" || isWebUrl(value), "url");

/**
 * The page a reader gives as their source (a correction, a proposal): trimmed and completed like webUrl, refused as
 * "tooLong", "invisibleCharacters", "markup" or "url"; left empty it is "" when `emptyCode` is not given, and refused
 * with that code when it is (required).
 */
export function sourcePageUrl(max: number, emptyCode?: string) {
  return z
    .string(emptyCode ?? "invalid")
    .max(max * 4, tooLong)
    .trim()
    .max(max, tooLong)
    .transform(completeUrl)
    .superRefine((value, ctx) => {
      if (value.length > max) return; // said already
      const problem =
        value === ""
          ? (emptyCode ?? null)
          : hasInvisible(value)
            ? "invisibleCharacters"
            : hasMarkup(value)
              ? "markup"
              : isWebUrl(value)
                ? null
                : "url";
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Whether a path segment can be an entry's slug at all. Lookups check it first: a segment that is not one names
 * nothing, and PostgreSQL refuses some text outright (a NUL byte is an error, not a miss).
 */
export const isSlug = (value: string) => SLUG.test(value);

/** Addresses the lists' own pages hold (/events/propose, /organizations/export): an entry there would be unreachable. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["propose", "export"]);

export const slug = z
  .string("invalid")
  .trim()
  .max(80, tooLong)
  .regex(SLUG, "slug")
  .refine((value) => !RESERVED_SLUGS.has(value), "slugTaken");

export const uuid = z.uuid("invalid");

/** An e-mail address a reader may leave for questions: trimmed, "email" when malformed, null when left empty. */
export function optionalEmail(max = 254) {
  return z
    .string("invalid")
    .max(max * 4, tooLong)
    .trim()
    .max(max, tooLong)
    .refine((value) => value === "" || z.email().safeParse(value).success, "email")
    .transform((value) => value || null);
}
