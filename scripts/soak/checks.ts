// What the soak test asserts, computed from the recorded responses, the database and the app's log.
import type { Database } from "../../lib/db/connect";
import type { Sample } from "./load";

/** Epoch milliseconds: the stop command issued and done, the start command issued and done, first healthy answer. */
export type OutageTimes = {
  stopIssued: number;
  stopped: number;
  startIssued: number;
  started: number;
  healthy: number;
};

const count = (samples: Sample[], test: (s: Sample) => boolean) => samples.filter(test).length;
const histogram = (samples: Sample[], key: (s: Sample) => string) => {
  const h: Record<string, number> = {};
  for (const s of samples) h[key(s)] = (h[key(s)] ?? 0) + 1;
  return h;
};

/**
 * Outside the outage (answered before the stop was issued, or sent after the first healthy answer): no 5xx.
 * While the database is down (sent after the stop completed, answered before the start was issued): pages are
 * the localized 503, quick; the API answers its JSON 503; a form submit says the input is kept.
 * The transition (in flight while it stopped, or sent while it was starting) is reported, not judged.
 */
export function checkOutage(samples: Sample[], t: OutageTimes) {
  const outside = samples.filter((s) => s.end < t.stopIssued || s.start >= t.healthy);
  const down = samples.filter((s) => s.start >= t.stopped && s.end <= t.startIssued);
  const transition = samples.filter((s) => !outside.includes(s) && !down.includes(s));
  const pages = down.filter((s) => s.kind === "page");
  const writes = down.filter((s) => s.kind === "write");
  const firstPage200 = samples
    .filter((s) => s.kind === "page" && s.status === 200 && s.start >= t.started)
    .sort((a, b) => a.end - b.end)[0];
  return {
    stopCommandMs: t.stopped - t.stopIssued,
    downMs: t.startIssued - t.stopped,
    startCommandMs: t.started - t.startIssued,
    /** From the database accepting connections again to the first 200 of /api/health. */
    recoveryMs: t.healthy - t.started,
    /** From the database accepting connections again to the first page answered 200. */
    firstPageOkAfterReturnMs: firstPage200 ? firstPage200.end - t.started : null,
    outside5xx: count(outside, (s) => s.status >= 500 || s.status === 0),
    outsideStatuses: histogram(outside, (s) => String(s.status)),
    down: {
      requests: down.length,
      statuses: histogram(down, (s) => `${s.kind} ${s.status} ${s.outcome}`),
      pages: pages.length,
      pagesNotLocalized503: count(pages, (s) => s.status !== 503 || s.outcome !== "unavailable-localized"),
      pageMaxMs: Math.max(0, ...pages.map((s) => s.end - s.start)),
      apiNot503: count(down, (s) => s.kind === "api" && s.status !== 503),
      writes: writes.length,
      writesNotKept: count(writes, (s) => s.outcome !== "unavailable-kept"),
    },
    transition: {
      requests: transition.length,
      statuses: histogram(transition, (s) => `${s.kind} ${s.status} ${s.outcome}`),
    },
  };
}

/** Every acknowledged write's marker must be in a revision's snapshot. */
export async function checkWrites(db: Database, runId: string, acknowledged: string[], samples: Sample[]) {
  const rows = await db.$queryRaw<
    { text: string }[]
  >`select snapshot::text as text from "Revision" where snapshot::text like ${`%soak-${runId}-%`}`;
  const stored = new Set(rows.flatMap((r) => r.text.match(new RegExp(`soak-${runId}-\\d+`, "g")) ?? []));
  const writes = samples.filter((s) => s.kind === "write");
  return {
    attempted: writes.length,
    acknowledged: acknowledged.length,
    outcomes: histogram(writes, (s) => s.outcome),
    revisionRowsWithMarkers: rows.length,
    missing: acknowledged.filter((m) => !stored.has(m)),
  };
}

/** The app's stdout and stderr: every line after Next's banner is one JSON object; request lines carry an id. */
export function logStats(text: string) {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const firstJson = lines.findIndex((l) => l.startsWith("{"));
  const body = firstJson === -1 ? [] : lines.slice(firstJson);
  let nonJsonLines = 0;
  let requestLines = 0;
  let requestLinesWithoutId = 0;
  const levels: Record<string, number> = {};
  const messages: Record<string, number> = {};
  for (const line of body) {
    try {
      const entry = JSON.parse(line) as { level?: string; msg?: string; requestId?: string; path?: string };
      levels[entry.level ?? "?"] = (levels[entry.level ?? "?"] ?? 0) + 1;
      messages[entry.msg ?? "?"] = (messages[entry.msg ?? "?"] ?? 0) + 1;
      if (entry.path) {
        requestLines += 1;
        if (!entry.requestId) requestLinesWithoutId += 1;
      }
    } catch {
      nonJsonLines += 1;
    }
  }
  return {
    lines: body.length,
    nonJsonLines,
    requestLines,
    requestLinesWithoutId,
    levels,
    messages,
    nonJsonSample: body.filter((l) => !l.startsWith("{")).slice(0, 5),
  };
}
