import "server-only";
// One check of one address, as a polite crawler makes it: robots.txt asked first (per host, once per round), at most
// one request per host at a time with a pause between (HostPacer), redirects followed by hand (each hop's host asked
// and paced the same way) and recorded, every address guarded like a calendar fetch (public addresses only).
import type { Robot } from "robots-parser";
import robotsParser from "robots-parser";
import {
  FetchRefused,
  fetchPageHop,
  fetchableUrl,
  LINK_CHECK_AGENT,
  type FetchOptions,
} from "@/lib/feeds/import/fetch-calendar";
import type { HostPacer } from "./pacer";
import { readPageFacts } from "./page-facts";

export const LINK_LIMITS = { maxRedirects: 5, pageBytes: 256_000, robotsBytes: 100_000, timeoutMs: 15_000 } as const;

export type Outcome = "ONLINE" | "FAILED" | "INCONCLUSIVE";
export type Reason =
  "timeout" | "unreachable" | "privateAddress" | "tooManyRedirects" | "httpStatus" | "robots" | "url";

export type Redirect = { status: number; from: string; to: string };

export type CheckResult = {
  outcome: Outcome;
  status: number | null;
  reason: Reason | null;
  finalUrl: string | null;
  redirects: Redirect[];
  https: boolean;
  languages: string[];
  lastModified: Date | null;
  textHash: string | null;
  durationMs: number;
};

/** What a round shares between its checks: the pacer and each host's robots.txt, read once. */
export type CheckContext = {
  pacer: HostPacer;
  robots: Map<string, Promise<Robot | null>>;
  fetch: Pick<FetchOptions, "loopbackPorts" | "allowPrivateAddresses" | "timeoutMs">;
};

const fetchOptions = (context: CheckContext): FetchOptions => ({ timeoutMs: LINK_LIMITS.timeoutMs, ...context.fetch });

/** Statuses that say the site is there but will not answer a crawler: not evidence that the link is dead. */
const REFUSING = new Set([401, 403, 407, 429, 451]);

/**
 * A host's robots.txt (RFC 9309): a 4xx means no rules (everything allowed), an unreachable or failing (5xx) one
 * means the site cannot say, so we fetch nothing from it this round. Its Crawl-delay slows our requests to it.
 */
function robotsOf(url: URL, context: CheckContext): Promise<Robot | null> {
  const key = url.origin;
  let robots = context.robots.get(key);
  if (!robots) {
    const address = new URL("/robots.txt", url.origin);
    robots = context.pacer
      .run(url.host, () =>
        fetchPageHop(address, { ...fetchOptions(context), maxBytes: LINK_LIMITS.robotsBytes, textBody: true }),
      )
      .then(async (answer) => {
        if (answer.status >= 300 && answer.status < 400 && answer.location) {
          // One redirect (http → https is common), on the same site only.
          const next = fetchableUrl(new URL(answer.location, address).toString());
          if (!next || next.hostname !== address.hostname) return robotsParser(address.toString(), "");
          answer = await context.pacer.run(next.host, () =>
            fetchPageHop(next, { ...fetchOptions(context), maxBytes: LINK_LIMITS.robotsBytes, textBody: true }),
          );
        }
        if (answer.status >= 500) return null;
        const text = answer.status >= 200 && answer.status < 300 ? (answer.body ?? "") : "";
        const robot = robotsParser(address.toString(), text);
        context.pacer.slowDown(url.host, robot.getCrawlDelay(LINK_CHECK_AGENT));
        return robot;
      })
      .catch(() => null);
    context.robots.set(key, robots);
  }
  return robots;
}

function failure(error: unknown): { outcome: Outcome; reason: Reason } {
  const code = error instanceof FetchRefused ? error.code : "unreachable";
  if (code === "timeout" || code === "privateAddress" || code === "url") return { outcome: "FAILED", reason: code };
  return { outcome: "FAILED", reason: "unreachable" };
}

export async function checkLink(address: string, context: CheckContext, now = Date.now): Promise<CheckResult> {
  const started = now();
  const redirects: Redirect[] = [];
  const done = (fields: Partial<CheckResult> & Pick<CheckResult, "outcome" | "reason">): CheckResult => ({
    status: null,
    finalUrl: null,
    https: false,
    languages: [],
    lastModified: null,
    textHash: null,
    ...fields,
    redirects,
    durationMs: Math.max(0, now() - started),
  });
  let url = fetchableUrl(address);
  for (let hop = 0; url && hop <= LINK_LIMITS.maxRedirects; hop++) {
    const target: URL = url;
    const robot = await robotsOf(target, context);
    if (!robot) return done({ outcome: "INCONCLUSIVE", reason: "robots", finalUrl: target.toString() });
    if (robot.isAllowed(target.toString(), `${LINK_CHECK_AGENT}/1.0`) === false)
      return done({ outcome: "INCONCLUSIVE", reason: "robots", finalUrl: target.toString() });
    let answer;
    try {
      answer = await context.pacer.run(target.host, () =>
        fetchPageHop(target, { ...fetchOptions(context), maxBytes: LINK_LIMITS.pageBytes }),
      );
    } catch (error) {
      return done({ ...failure(error), finalUrl: target.toString() });
    }
    const { status, headers } = answer;
    if (status >= 300 && status < 400 && answer.location) {
      const next = fetchableUrl(new URL(answer.location, target).toString());
      if (!next) return done({ outcome: "FAILED", reason: "url", status, finalUrl: target.toString() });
      redirects.push({ status, from: target.toString(), to: next.toString() });
      url = next;
      continue;
    }
    const base = { status, finalUrl: target.toString(), https: target.protocol === "https:" };
    if (status >= 200 && status < 300) {
      const lastModified = headers["last-modified"] ? new Date(headers["last-modified"]) : null;
      const facts = readPageFacts(answer.body ?? "", headers["content-language"]);
      return done({
        ...base,
        outcome: "ONLINE",
        reason: null,
        languages: facts.languages,
        textHash: facts.textHash,
        lastModified: lastModified && !Number.isNaN(lastModified.getTime()) ? lastModified : null,
      });
    }
    return done({ ...base, outcome: REFUSING.has(status) ? "INCONCLUSIVE" : "FAILED", reason: "httpStatus" });
  }
  return done({
    outcome: "FAILED",
    reason: url ? "tooManyRedirects" : "url",
    finalUrl: redirects.at(-1)?.to ?? null,
  });
}
