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

export type FetchOptions = { timeoutMs?: number; maxBytes?: number; allowPrivateAddresses?: boolean };

/** Why a fetch was refused or failed; the codes are shown to the admin (ImportIcal.errors.<code>). */
export class FetchRefused extends Error {
  constructor(
    readonly code:
      "url" | "privateAddress" | "tooLarge" | "timeout" | "httpStatus" | "tooManyRedirects" | "unreachable",
  ) {
    super(code);
  }
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

type Hop = { status: number; location: string | null; body: string | null };

function request(
  url: URL,
  options: Required<Omit<FetchOptions, "allowPrivateAddresses">> & { allowPrivate: boolean; deadline: number },
): Promise<Hop> {
  // A literal IP in the URL never reaches the lookup: check it here.
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (/^[\d.]+$|:/.test(literal) && !options.allowPrivate && !isPublicAddress(literal))
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
    const fail = (code: FetchRefused["code"]) => finish(() => reject(new FetchRefused(code)));
    const headers = { Accept: "text/calendar, text/plain;q=0.5, */*;q=0.1", "User-Agent": "DiasporaAtlas-ical-import" };
    const req = client.get(url, { lookup: guardedLookup(options.allowPrivate), headers }, (res) => {
      const status = res.statusCode ?? 0;
      res.on("error", () => fail("unreachable"));
      if (status >= 300 && status < 400)
        return finish(() => resolve({ status, location: res.headers.location ?? null, body: null }));
      if (status !== 200) return fail("httpStatus");
      if (Number(res.headers["content-length"] ?? 0) > options.maxBytes) return fail("tooLarge");
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) return fail("tooLarge");
        chunks.push(chunk);
      });
      res.on("end", () =>
        finish(() => resolve({ status, location: null, body: Buffer.concat(chunks).toString("utf8") })),
      );
    });
    const timer = setTimeout(() => fail("timeout"), remaining);
    req.on("error", (error: Error & { code?: string }) =>
      fail(error.code === "EPRIVATE" ? "privateAddress" : "unreachable"),
    );
  });
}

/** The body of a calendar URL, following up to three redirects; throws FetchRefused with a code otherwise. */
export async function fetchCalendar(
  address: string,
  options: FetchOptions = {},
): Promise<{ text: string; url: string }> {
  const settings = {
    timeoutMs: options.timeoutMs ?? FETCH_LIMITS.timeoutMs,
    maxBytes: options.maxBytes ?? FETCH_LIMITS.maxBytes,
    allowPrivate: options.allowPrivateAddresses ?? false,
  };
  const deadline = Date.now() + settings.timeoutMs;
  let url = fetchableUrl(address);
  for (let hop = 0; hop <= FETCH_LIMITS.maxRedirects; hop++) {
    if (!url) throw new FetchRefused("url");
    const result = await request(url, { ...settings, deadline });
    if (result.body !== null) return { text: result.body, url: url.toString() };
    url = result.location ? fetchableUrl(new URL(result.location, url).toString()) : null;
  }
  throw new FetchRefused("tooManyRedirects");
}
