import "server-only";
// Fetching a calendar from an address an admin typed, without letting that address reach inside our network
// (SSRF): http and https only, no credentials in the URL, every address the name resolves to must be public
// (addresses.ts) and the connection goes to the address that was checked (no second DNS answer in between),
// redirects are followed by hand (at most 3) and checked the same way, a time limit for the whole fetch and a
// size cap on the body. Tests may allow private addresses to reach a server on 127.0.0.1; the app never does.
import { lookup as dnsLookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isPublicAddress } from "./addresses";

export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 800_000, maxRedirects: 3 } as const;

/** The link monitor's user agent: the name robots.txt rules are matched against (lib/links). */
export const LINK_CHECK_AGENT = "DiasporaAtlas-LinkCheck";

export type FetchOptions = {
  timeoutMs?: number;
  maxBytes?: number;
  allowPrivateAddresses?: boolean;
  /**
   * Ports of 127.0.0.1 a fetch may reach (the end-to-end tests' calendar server): TEST_FETCH_LOOPBACK_PORTS, which
   * lib/env.ts refuses unless the site itself is on a loopback address. Nothing else private becomes reachable.
   */
  loopbackPorts?: readonly number[];
  /** A subscription's validators from its last answer: a 304 then comes back as `notModified` (RFC 9110 13.1). */
  validators?: Validators;
  /** A page fetch (the link monitor) reads only an HTML body unless this asks for any (robots.txt). */
  textBody?: boolean;
};

export type Validators = { etag: string | null; lastModified: string | null };

export type FetchedCalendar = { text: string; url: string; notModified: boolean } & Validators;

/** Why a fetch was refused or failed; the codes are shown to the admin (ImportIcal.errors.<code>). */
export class FetchRefused extends Error {
  constructor(
    readonly code:
      "url" | "privateAddress" | "tooLarge" | "timeout" | "httpStatus" | "tooManyRedirects" | "unreachable",
    /** Seconds the server asked us to wait (Retry-After on a 429 or 503), when it said. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(code);
  }
}

/** Retry-After in seconds: delay-seconds or an HTTP date (RFC 9110 10.2.3); null when absent or unreadable. */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - now) / 1000));
}

/** A URL an admin may ask us to fetch: http(s), a host, no user name or password. Null otherwise. */
export function fetchableUrl(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  return url;
}

/** A DNS lookup that fails unless every address found is public (or private ones are allowed, in tests). */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as unknown as { address: string; family: number }[];
      if (list.length === 0 || (!allowPrivate && !list.every((a) => isPublicAddress(a.address)))) {
        return callback(Object.assign(new Error("privateAddress"), { code: "EPRIVATE" }), "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** A test server on 127.0.0.1 at one of the allowed ports (by its literal address only: no name resolves to it). */
function isAllowedLoopback(url: URL, ports: readonly number[]): boolean {
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  return url.hostname === "127.0.0.1" && ports.includes(port);
}

type Hop = {
  status: number;
  location: string | null;
  body: string | null;
  headers: http.IncomingHttpHeaders;
} & Validators;

type RequestOptions = Required<Omit<FetchOptions, "allowPrivateAddresses" | "validators" | "loopbackPorts">> & {
  allowPrivate: boolean;
  deadline: number;
  validators: Validators | null;
  loopbackPorts: readonly number[];
  /**
   * "calendar": only a 200 is an answer (anything else throws), and a body over the size cap fails the fetch.
   * "page" (the link monitor): every status is an answer; an HTML body is read up to the cap (the rest is not
   * needed to read its languages), any other body not at all.
   */
  mode: "calendar" | "page";
};

const HEADERS = {
  calendar: {
    Accept:
      "text/calendar, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.5, */*;q=0.1",
    "User-Agent": "DiasporaAtlas-ical-import",
  },
  page: {
    Accept: "text/html, application/xhtml+xml;q=0.9, */*;q=0.1",
    "User-Agent": `${LINK_CHECK_AGENT}/1.0`,
  },
};

function request(url: URL, options: RequestOptions): Promise<Hop> {
  // A literal IP in the URL never reaches the lookup: check it here.
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  const allowPrivate = options.allowPrivate || isAllowedLoopback(url, options.loopbackPorts);
  if (/^[\d.]+$|:/.test(literal) && !allowPrivate && !isPublicAddress(literal))
    return Promise.reject(new FetchRefused("privateAddress"));
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const remaining = Math.max(1, options.deadline - Date.now());
    let settled = false;
    // Settles once; the request is torn down without an error argument, so no stray "error" event is left unheard.
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      settle();
      req.destroy();
    };
    const fail = (code: FetchRefused["code"], retryAfter: number | null = null) =>
      finish(() => reject(new FetchRefused(code, retryAfter)));
    const headers: Record<string, string> = { ...HEADERS[options.mode] };
    if (options.validators?.etag) headers["If-None-Match"] = options.validators.etag;
    if (options.validators?.lastModified) headers["If-Modified-Since"] = options.validators.lastModified;
    const req = client.get(url, { lookup: guardedLookup(allowPrivate), headers }, (res) => {
      const status = res.statusCode ?? 0;
      const validators = {
        etag: typeof res.headers.etag === "string" ? res.headers.etag : null,
        lastModified: res.headers["last-modified"] ?? null,
      };
      const answer = (location: string | null, body: string | null) =>
        finish(() => resolve({ status, location, body, headers: res.headers, ...validators }));
      res.on("error", () => fail("unreachable"));
      if (status === 304 && options.validators) return answer(null, "");
      if (status >= 300 && status < 400 && res.headers.location) return answer(res.headers.location, null);
      const page = options.mode === "page";
      if (!page && (status === 429 || status === 503))
        return fail("httpStatus", retryAfterSeconds(res.headers["retry-after"]));
      if (!page && status !== 200) return fail("httpStatus");
      if (page && !options.textBody && !/html/i.test(res.headers["content-type"] ?? "")) return answer(null, "");
      if (!page && Number(res.headers["content-length"] ?? 0) > options.maxBytes) return fail("tooLarge");
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          if (!page) return fail("tooLarge");
          chunks.push(chunk.subarray(0, chunk.length - (size - options.maxBytes)));
          return answer(null, Buffer.concat(chunks).toString("utf8"));
        }
        chunks.push(chunk);
      });
      res.on("end", () => answer(null, Buffer.concat(chunks).toString("utf8")));
    });
    const timer = setTimeout(() => fail("timeout"), remaining);
    req.on("error", (error: Error & { code?: string }) =>
      fail(error.code === "EPRIVATE" ? "privateAddress" : "unreachable"),
    );
  });
}

/**
 * The body of a calendar URL, following up to three redirects; throws FetchRefused with a code otherwise. With
 * validators, an unchanged calendar answers 304 and comes back as `notModified` with an empty text.
 */
export async function fetchCalendar(address: string, options: FetchOptions = {}): Promise<FetchedCalendar> {
  const settings = requestOptions(options, "calendar");
  const deadline = Date.now() + settings.timeoutMs;
  let url = fetchableUrl(address);
  for (let hop = 0; hop <= FETCH_LIMITS.maxRedirects; hop++) {
    if (!url) throw new FetchRefused("url");
    const result = await request(url, { ...settings, deadline });
    if (result.body !== null)
      return {
        text: result.body,
        url: url.toString(),
        notModified: result.status === 304,
        etag: result.etag,
        lastModified: result.lastModified,
      };
    url = result.location ? fetchableUrl(new URL(result.location, url).toString()) : null;
  }
  throw new FetchRefused("tooManyRedirects");
}

function requestOptions(options: FetchOptions, mode: RequestOptions["mode"]): Omit<RequestOptions, "deadline"> {
  return {
    timeoutMs: options.timeoutMs ?? FETCH_LIMITS.timeoutMs,
    maxBytes: options.maxBytes ?? FETCH_LIMITS.maxBytes,
    allowPrivate: options.allowPrivateAddresses ?? false,
    validators: options.validators ?? null,
    loopbackPorts: options.loopbackPorts ?? [],
    textBody: options.textBody ?? false,
    mode,
  };
}

/** One answer of a page fetch, before any redirect is followed. */
export type PageHop = { url: string; status: number; location: string | null; headers: http.IncomingHttpHeaders };

/**
 * One request of the link monitor: the same guards as a calendar fetch (public addresses only, the checked address
 * connected to, a time limit), but every status is an answer and redirects are left to the caller (who records
 * them and asks robots.txt before each hop). The body comes only with an HTML answer, cut at `maxBytes`.
 */
export async function fetchPageHop(
  address: URL,
  options: FetchOptions = {},
): Promise<PageHop & { body: string | null }> {
  const settings = requestOptions(options, "page");
  const hop = await request(address, { ...settings, deadline: Date.now() + settings.timeoutMs });
  return {
    url: address.toString(),
    status: hop.status,
    location: hop.location,
    headers: hop.headers,
    body: hop.body,
  };
}
